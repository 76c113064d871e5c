// The output format names, apart from the formatters: parsing arguments must not load them (SARIF
// describes every rule, so it loads all rules).
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'codequality'] as const;
export const CITATION_FORMATS = ['text', 'json', 'markdown'] as const;
