// Ingestion's public API: documents and spreadsheets, in their neutral shapes, to Roles and Frameworks.
export * from './diagnostics';
export * from './assessment';
export * from './grid/grid';
export * from './document/blocks';
export * from './document/markdown';
export * from './document/text';
export * from './document/progression';
export * from './job-description';
export * from './grid/values';
export * from './ksa-matrix';
