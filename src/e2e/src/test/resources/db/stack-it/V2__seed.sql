INSERT INTO product (sku, brand, inci) VALUES
    ('AST-001', 'Aster', ARRAY['AQUA', 'GLYCERIN', 'PARFUM']),
    ('BEL-001', 'Belle', ARRAY['AQUA', 'NIACINAMIDE']);
