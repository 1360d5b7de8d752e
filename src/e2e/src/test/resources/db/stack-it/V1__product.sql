CREATE TABLE product (
    sku   TEXT PRIMARY KEY,
    brand TEXT NOT NULL,
    inci  TEXT[] NOT NULL
);
