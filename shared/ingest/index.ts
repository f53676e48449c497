// Ingestion's public API: documents and spreadsheets, in their neutral shapes, to Roles and Frameworks.
export * from './diagnostics';
export * from './assessment';
export * from './grid/grid';
export * from './document/blocks';
export * from './grid/values';
export * from './ksa-matrix';
