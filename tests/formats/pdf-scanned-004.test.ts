/** Issue #4: the scanned copy of seed 004 (a report whose indicators are a ruled appendix table) through OCR. */
import { describe } from 'vitest';
import { scannedPdfBars } from './pdf-scanned-bars.js';

describe('004 scanned PDF', () => scannedPdfBars('004_db43e2131bbb219b', 7));
