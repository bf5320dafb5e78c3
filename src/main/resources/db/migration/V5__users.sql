-- The people who may use the service, managed by an administrator (java -jar exit-monitor.jar users add).
-- A password is kept as a one-way hash only; roles and counties are comma-separated codes.
CREATE TABLE app_user (
    name          VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(100) NOT NULL,    -- UPLOADER, ANALYST, AUDITOR, ADMIN
    counties      VARCHAR(2000) NOT NULL,   -- empty: the whole province
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
