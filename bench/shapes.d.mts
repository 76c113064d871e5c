// Types of bench/shapes.mjs for the TypeScript tests that generate the same shapes.
export function footnoteRun(n: number): string;
export function qaPairs(n: number): string;
export function qaRanges(n: number): string;
export function listQuestions(n: number): string;
export function pastedLetters(count: number, seed?: number, bytesPerLetter?: number): string;
export function uniqueLabelDraft(count: number, seed?: number, bytesPerLetter?: number): string;
export function lettersFor(bytes: number, bytesPerLetter?: number): number;
export function motieLetters(n: number): string;
export function toezeggingSections(n: number): string;
export function citationRun(n: number): string;
export function definitionList(n: number): string;
