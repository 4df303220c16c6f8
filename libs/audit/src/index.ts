export { AuditEntry } from './audit-entry.entity.js';
export { auditEntryView, AuditEntryView } from './audit-entry.view.js';
export { type AuditedChange, AuditService } from './audit.service.js';
export { AuditModule } from './audit.module.js';
