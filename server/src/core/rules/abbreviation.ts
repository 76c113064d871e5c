// Text that ends in an abbreviation whose period is not sentence punctuation (citations.md §6.8):
// "c.s.", "jl.", "o.a.", "e.a.", "t.a.v.", "nr." … Shared by the footnote rules KB205 and KB206.
export const ENDS_IN_ABBREVIATION = /(?:^|[\s(])(?:c\.s|jl|o\.a|e\.a|e\.v|t\.a\.v|m\.b\.t|i\.v\.m|d\.d|nr|nrs|blz|p|pp|art|jo|resp|ca|etc|bijv|vgl|zgn)\.$/i;
