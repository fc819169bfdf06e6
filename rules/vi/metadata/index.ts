/** Document metadata: type, title, place, year, issuer and signer. */
import type { Metadata } from '../../../output/schema.js';
import type { RuleContext } from '../../types.js';
import { BOARD, COMMITTEE } from './dictionary.js';
import { placeRule } from './place.js';
import { signerRule } from './signer.js';
import { composeTitle, titleRule } from './title.js';
import { yearRule } from './year.js';

export { placeRule, signerRule, titleRule, yearRule, composeTitle };
export { provinceNamed, mentions } from './place.js';
export { parseSignTitles } from './signer.js';
export * as metadataDictionary from './dictionary.js';

/** Reads the metadata of the document in `ctx`. */
export function extractMetadata(ctx: RuleContext): Metadata {
  const t = titleRule.extract(ctx);
  const place = placeRule.extract(ctx, t.span);
  const title = t.title ?? (t.composed ? composeTitle(t.composed, place.communeWord, place.commune) : null);
  const year = yearRule.extract(ctx, title);
  const where = place.commune ? `${place.communeWord ?? 'xã'} ${place.commune}` : null;
  const issuer = where === null ? null : t.docType === 'board-plan' ? `${BOARD} ${where}` : `${COMMITTEE} ${where}`;
  return {
    docType: t.docType,
    title,
    commune: place.commune,
    district: place.district,
    province: place.province,
    year,
    issuer,
    signer: signerRule.extract(ctx),
  };
}
