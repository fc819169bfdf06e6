/** Normalisation on short texts written like real plans: which lines fold into one block, which markup goes. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise/index.js';
import { readBlockHead, readBlockHeadByPattern } from '../../pipeline/normalise/markers.js';
import fc from 'fast-check';
import type { Extraction, Layout } from '../../extractors/types.js';

const extraction = (text: string, layout: Layout, format: Extraction['format'] = 'txt'): Extraction => ({
  format, text, layout, pages: null, encoding: 'utf-8', ocr: false, status: 'ok', messages: [],
});
const blocksOf = (text: string, layout: Layout, format: Extraction['format'] = 'txt') =>
  normalise(extraction(text, layout, format)).text.split('\n');

describe('paragraph-per-line text', () => {
  it.each([
    [
      'a sentence broken before a lower-case word goes on',
      '- Đẩy mạnh thanh toán không dùng tiền mặt trong các bệnh\n\nviện, trạm y tế trên địa bàn xã.',
      ['- Đẩy mạnh thanh toán không dùng tiền mặt trong các bệnh viện, trạm y tế trên địa bàn xã.'],
    ],
    [
      'a closed sentence is not continued, even by a lower-case line',
      '- Duy trì Trang thông tin điện tử xã.\nthực hiện thường xuyên',
      ['- Duy trì Trang thông tin điện tử xã.', 'thực hiện thường xuyên'],
    ],
    [
      'a capitalised line starts a new paragraph',
      '3. Công an xã\nPhối hợp cập nhật dữ liệu dân cư',
      ['3. Công an xã', 'Phối hợp cập nhật dữ liệu dân cư'],
    ],
    [
      'a list item is never folded into the line above',
      'Nhiệm vụ gồm\na) tuyên truyền về chuyển đổi số',
      ['Nhiệm vụ gồm', 'a) tuyên truyền về chuyển đổi số'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(blocksOf(text, 'paragraphs')).toEqual(expected);
  });
});

describe('hard-wrapped text', () => {
  it('keeps a numbered heading closed by a Markdown hard break apart from the line under it', () => {
    const text = [
      'Đẩy mạnh tuyên truyền trên hệ thống truyền thanh cơ sở và các nền tảng mạng xã hội của xã, ',
      'bảo đảm người dân được tiếp cận thông tin thường xuyên về chuyển đổi số.  ',
      '2.1.3. Nhóm Zalo “Chuyển đổi số xã Quảng Phú”  ',
      'Chỉ đạo cán bộ, công chức tham gia nhóm Zalo để cập nhật kịp thời thông tin mới nhất ',
      'về chuyển đổi số phục vụ công tác.',
    ].join('\n');
    const blocks = blocksOf(text, 'wrapped');
    expect(blocks).toContain('2.1.3. Nhóm Zalo “Chuyển đổi số xã Quảng Phú”');
    expect(blocks.at(-1)).toMatch(/^Chỉ đạo cán bộ, công chức .* phục vụ công tác\.$/u);
  });

  it('ignores trailing double spaces where every line has them', () => {
    const text = ['Tuyên truyền, phổ biến về chuyển đổi số cho người dân trên địa bàn xã ', 'qua các nhóm Zalo của thôn.'].map((l) => `${l}  `).join('\n');
    expect(blocksOf(text, 'wrapped')).toHaveLength(1);
  });
});

describe('Markdown emphasis', () => {
  it.each([
    ['Đề án “*Phát triển ứng dụng dữ liệu về dân cư*” của Chính phủ', 'Đề án “Phát triển ứng dụng dữ liệu về dân cư” của Chính phủ'],
    ['trên các trang mạng xã hội (*Zalo, Facebook*).', 'trên các trang mạng xã hội (Zalo, Facebook).'],
    ['**Kế hoạch** số 12/KH-UBND', 'Kế hoạch số 12/KH-UBND'],
    ['Ghi chú (*): chỉ tiêu bắt buộc', 'Ghi chú (*): chỉ tiêu bắt buộc'],
    ['diện tích 2 * 3 m', 'diện tích 2 * 3 m'],
  ])('%s', (line, expected) => {
    expect(normalise(extraction(`# Kế hoạch\n\n${line}`, 'paragraphs', 'md')).text.split('\n').at(-1)).toBe(expected);
  });
});

describe('readBlockHead', () => {
  it('reads as both patterns do', () => {
    const piece = fc.constantFrom('-', '+', '*', '•', '–', 'I', 'V', 'X', 'L', 'IV', '1', '12', '.', ')', ':', ' ', 'a', 'đ', 'Đ', 'T', 'Tỷ', 'x', '\t', '(', '𝐀', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(readBlockHead(s)).toEqual(readBlockHeadByPattern(s));
      }),
      { numRuns: 5000 },
    );
  });
});
