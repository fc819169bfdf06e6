/**
 * One commune plan (written like a real one from another province, not a seed)
 * rendered as plain text, as an HTML page and as a Word file, each the way that
 * format carries the official layout: the agency beside the national motto and
 * "Số" beside place and date in a borderless header table, the recipients beside
 * the signature in another, an indicator table with a header row.
 */
import JSZip from 'jszip';

export const HEADER = [['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG TÂM'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']] as const;
export const NUMBER_AND_DATE = ['Số: 45/KH-UBND', 'Đồng Tâm, ngày 12 tháng 3 năm 2024'] as const;
export const TITLE = ['KẾ HOẠCH', 'Chuyển đổi số xã Đồng Tâm, huyện Vĩnh Tường năm 2024'] as const;
export const BODY = [
  'Căn cứ Kế hoạch số 118/KH-UBND ngày 20/02/2024 của UBND huyện Vĩnh Tường về chuyển đổi số năm 2024; UBND xã Đồng Tâm ban hành Kế hoạch chuyển đổi số năm 2024 như sau:',
  'I. MỤC TIÊU',
  '- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt trên 80%.',
  '- 100% cán bộ, công chức xã sử dụng chữ ký số trong xử lý văn bản.',
  'II. NHIỆM VỤ',
  '1. Công chức Văn phòng - Thống kê chủ trì tham mưu UBND xã cập nhật thông tin trên Trang thông tin điện tử xã, thời gian thực hiện: thường xuyên.',
  '2. Công an xã chủ trì hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2, hoàn thành trong quý II năm 2024.',
] as const;
export const TABLE = [
  ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2024'],
  ['1', 'Tỷ lệ hộ gia đình có đường Internet cáp quang', '%', '85%'],
  ['2', 'Tỷ lệ người dân trưởng thành có điện thoại thông minh', '%', '90%'],
] as const;
export const CLOSING = 'Trên đây là Kế hoạch chuyển đổi số năm 2024 của UBND xã Đồng Tâm./.';
export const RECIPIENTS = ['Nơi nhận:', '- UBND huyện (b/c);', '- TT Đảng ủy, HĐND xã;', '- Lưu: VT.'] as const;
export const SIGNATURE = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hậu'] as const;

/** The text a PDF-to-text tool gives: header columns one after the other, table rows tab-separated. */
export function asText(): string {
  return [
    ...HEADER.flat(), ...NUMBER_AND_DATE, '', ...TITLE, '', ...BODY, 'PHỤ LỤC', ...TABLE.map((r) => r.join('\t')), CLOSING, ...RECIPIENTS, ...SIGNATURE, '',
  ].join('\n');
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const ps = (lines: readonly string[]): string => lines.map((l) => `<p>${esc(l)}</p>`).join('');

export function asHtml(): string {
  const cell = (lines: readonly string[]) => `<td style="border:none">${ps(lines)}</td>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(TITLE[1])}</title></head><body>
<table style="border:none"><tr>${cell(HEADER[0])}${cell(HEADER[1])}</tr><tr>${cell([NUMBER_AND_DATE[0]])}${cell([NUMBER_AND_DATE[1]])}</tr></table>
<p style="text-align:center"><b>${esc(TITLE[0])}</b></p><p style="text-align:center"><b>${esc(TITLE[1])}</b></p>
${ps(BODY)}<p><b>PHỤ LỤC</b></p>
<table border="1">${TABLE.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</table>
<p>${esc(CLOSING)}</p>
<table style="border:none"><tr>${cell(RECIPIENTS)}${cell(SIGNATURE)}</tr></table>
</body></html>`;
}

const wp = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const wtbl = (rows: ReadonlyArray<ReadonlyArray<readonly string[]>>): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${rows[0]!.map(() => '<w:gridCol w:w="3000"/>').join('')}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${c.map(wp).join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`;

/** A minimal but complete Word 2007 package of the plan. */
export async function asDocx(): Promise<Uint8Array> {
  const body = [
    wtbl([[HEADER[0], HEADER[1]], [[NUMBER_AND_DATE[0]], [NUMBER_AND_DATE[1]]]]),
    ...TITLE.map(wp), ...BODY.map(wp), wp('PHỤ LỤC'),
    wtbl(TABLE.map((r) => r.map((c) => [c]))),
    wp(CLOSING),
    wtbl([[RECIPIENTS, SIGNATURE]]),
  ].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}
