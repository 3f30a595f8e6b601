-- User accounts: one organisation (scope), one clearance, several roles.
CREATE TABLE user_account (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL UNIQUE,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(200),
    search_key       VARCHAR(300) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    organization_id  BIGINT NOT NULL REFERENCES organization (id),
    clearance        VARCHAR(20)  NOT NULL,
    enabled          BOOLEAN NOT NULL DEFAULT TRUE,
    locale           VARCHAR(10)  NOT NULL DEFAULT 'vi',
    totp_secret      VARCHAR(64),
    totp_enabled     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_ck CHECK (username = lower(username)),
    CONSTRAINT user_account_clearance_ck CHECK (clearance IN ('NONE', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'))
);
CREATE INDEX user_account_organization_ix ON user_account (organization_id);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_ck CHECK (role IN ('SYSTEM_ADMIN', 'CENTRAL_STAFF', 'PROVINCE_PARTY_STAFF',
                                            'PROVINCE_POLICE_STAFF', 'LEADER', 'VIEWER'))
);

-- Failed sign-ins per key ("user:<name>" or "ip:<address>"), shared by all instances.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) PRIMARY KEY,
    failures      INT NOT NULL DEFAULT 0,
    last_failure  TIMESTAMPTZ NOT NULL,
    locked_until  TIMESTAMPTZ
);

-- Bearer tokens for the JSON API; only a SHA-256 hash of the token is stored.
CREATE TABLE api_token (
    token_hash  CHAR(64) PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_token_user_ix ON api_token (user_id);
