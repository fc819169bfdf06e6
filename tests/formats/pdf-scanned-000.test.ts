/** Issue #4: the scanned copy of seed 000 (prose, five pages) through OCR. */
import { describe } from 'vitest';
import { scannedPdfBars } from './pdf-scanned-bars.js';

describe('000 scanned PDF', () => scannedPdfBars('000_d7d9651ddd969956', 5));
