// Pool thread entry when running from the TypeScript sources: worker threads do
// not inherit the main thread's tsx hooks, so register them here, then load the task.
import { register } from 'tsx/esm/api';

register();
const task = await import('./task.ts');
export default task.default;
