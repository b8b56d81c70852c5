-- CreateIndex
CREATE INDEX "AuditEntry_actorEmail_action_createdAt_idx" ON "AuditEntry"("actorEmail", "action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_ip_action_createdAt_idx" ON "AuditEntry"("ip", "action", "createdAt");

