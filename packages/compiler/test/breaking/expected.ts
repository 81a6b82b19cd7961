import type { BreakingChange, BreakingMode } from '../../src/index.js';

const at = (p: BreakingChange['current']) => `${p.file}:${p.range?.start.line}:${p.range?.start.column}`;

/** A change as one comparable line: kind, pointer, both `file:line:col`, compatibility, verdict. */
export const changeLine = (c: BreakingChange): string =>
  `${c.kind} ${c.current.pointer} ${at(c.current)} <- ${at(c.previous)} ${c.compatibility} ${c.verdict}`;

/**
 * The known list of changes between `fixtures/breaking/previous/` and `current/`, change by
 * change: kind, pointer in the current file, both `file:line:col` (`<previous>` is where the old
 * plan is), compatibility and verdict. `A|B` is strict|lenient.
 */
const CHANGES = [
  'minimum-relaxed /properties/items/minimum schemas/shop/Cart_Viewed/2-0.json:22:7 <- <previous>schemas/shop/Cart_Viewed/1-0.json:22:7 BACKWARD ok',
  'maximum-tightened /properties/total/maximum schemas/shop/Order_Completed/1-0.json:24:7 <- <previous>schemas/shop/Order_Completed/1-0.json:24:7 FORWARD major-required',
  'enum-extended /properties/currency/enum/3 schemas/shop/Order_Completed/1-0.json:33:9 <- <previous>schemas/shop/Order_Completed/1-0.json:29:7 BACKWARD ok',
  'pattern-added /properties/products/items/properties/sku/pattern schemas/shop/Order_Completed/1-0.json:47:13 <- <previous>schemas/shop/Order_Completed/1-0.json:47:11 FORWARD major-required',
  'property-removed /additionalProperties schemas/shop/Order_Completed/1-0.json:67:3 <- <previous>schemas/shop/Order_Completed/1-0.json:36:5 FORWARD major-required',
  'minimum-relaxed /definitions/money/minimum schemas/shop/Order_Refunded/1-0.json:18:7 <- <previous>schemas/shop/Order_Refunded/1-0.json:18:7 BACKWARD ok',
  'max-length-relaxed /properties/reason/anyOf/0/maxLength schemas/shop/Order_Refunded/1-0.json:34:11 <- <previous>schemas/shop/Order_Refunded/1-0.json:34:11 BACKWARD ok',
  'anyOf-branch-added /properties/reason/anyOf/2 schemas/shop/Order_Refunded/1-0.json:39:9 <- <previous>schemas/shop/Order_Refunded/1-0.json:31:7 BACKWARD ok',
  'required-removed /required schemas/shop/Order_Refunded/1-0.json:50:3 <- <previous>schemas/shop/Order_Refunded/1-0.json:46:5 BACKWARD ok',
  'type-widened /properties/price/type schemas/shop/Product_Viewed/1-1.json:21:7 <- <previous>schemas/shop/Product_Viewed/1-0.json:21:7 BACKWARD ok',
  'property-added /properties/category schemas/shop/Product_Viewed/1-1.json:27:5 <- <previous>schemas/shop/Product_Viewed/1-0.json:15:3 FORWARD|FULL major-required|ok',
  'property-added /properties/plan schemas/shop/Signed_Up/2-0.json:24:5 <- <previous>schemas/shop/Signed_Up/1-0.json:28:3 BACKWARD ok',
  'required-added /required/1 schemas/shop/Signed_Up/2-0.json:31:5 <- <previous>schemas/shop/Signed_Up/1-0.json:25:3 FORWARD ok',
];

/** {@link CHANGES} in one mode, with the old plan's files named `<previous><path>`. */
export function expectedChanges(mode: BreakingMode, previous: string): string[] {
  return CHANGES.map((l) =>
    l
      .replace('<previous>', previous)
      .replace(/(\S+)\|(\S+)/g, (_, strict: string, lenient: string) => (mode === 'strict' ? strict : lenient)),
  );
}
