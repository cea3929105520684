// The lexical stage: source text into tokens, and the layout pass that adds implicit `{ ; }`.
export * from "./token.ts";
export { lex } from "./lexer.ts";
export { isLiterate, unlit } from "./literate.ts";
export { Layout, layout } from "./layout.ts";
