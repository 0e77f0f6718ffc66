-- How each connection authenticates, and when its refresh token runs out (QBO's hard cap), for the
-- Integrations screen. Secrets stay in each workstation's encrypted token vault, never here.
ALTER TABLE integration_connection ADD COLUMN auth_method VARCHAR(30);
ALTER TABLE integration_connection ADD COLUMN refresh_expires_at TIMESTAMP WITH TIME ZONE;
