#!/usr/bin/env python3
"""A retailer's day for a sample tenant, through public interfaces only: Keycloak's admin REST API
(two demo users), tenant-service's admin API (stores with labels and coordinates, the catalog
import, a stock import), Shopify POS orders/create webhooks signed with the tenant's webhook key (a
few weeks of sales), and a customer profile with an allergy. Idempotent: a second run finds the
users and stores, upserts the same products and counts, and its webhooks are the same deliveries
(same X-Shopify-Webhook-Id), which the service deduplicates.

The catalog is the corpus of real published labels (tenant-service/src/test/resources/labels,
source and method in its header): every product's brand, name and ingredient list as sephora.com
published them. Prices are illustrative (by category and name, in EUR), not the published ones.

Usage: sample_day.py seed RETAILER    the whole day, then the commands to try (run once to check)
       sample_day.py token ROLE [RETAILER]  an access token of the demo user (associate or admin)
"""
import base64
import hashlib
import hmac
import json
import os
import random
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABELS = os.path.join(ROOT, "tenant-service/src/test/resources/labels/sephora-labels.txt")
CACHE = os.environ.get("VITRINE_CACHE", os.path.expanduser("~/.cache/vitrine"))
KUBECTL = [os.path.join(CACHE, "kubectl"), "--kubeconfig",
           os.environ.get("VITRINE_KUBECONFIG_FILE", os.path.join(CACHE, "kubeconfig"))]

# Shopify locations (numeric ids, as Shopify gives them) with labels and WGS 84 coordinates. The
# first is the sample StoreRollout's pilot store (deploy/samples/maison-aster-rollout.yaml).
STORES = [
    ("71234560001", "Maison Aster Paris Opéra", {"city": "paris", "region": "ile-de-france",
                                                "format": "flagship", "flagship": "true"},
     48.8719, 2.3316),
    ("71234560002", "Maison Aster Paris Marais", {"city": "paris", "region": "ile-de-france",
                                                 "format": "boutique", "flagship": "false"},
     48.8575, 2.3623),
    ("71234560003", "Maison Aster Lyon Presqu'île", {"city": "lyon", "region": "auvergne-rhone-alpes",
                                                    "format": "flagship", "flagship": "true"},
     45.7640, 4.8357),
    ("71234560004", "Maison Aster Bordeaux", {"city": "bordeaux", "region": "nouvelle-aquitaine",
                                             "format": "boutique", "flagship": "false"},
     44.8412, -0.5801),
]
DEMO_STORE = STORES[0][0]
# The corpus's categories as the catalog's (regimen steps and complements match these).
CATEGORIES = {"Cleanser": ("cleanser", "CLN", 18, 48), "Treatment": ("serum", "SER", 38, 140),
              "Moisturizer": ("moisturizer", "MOI", 28, 110), "Sun protect": ("sunscreen", "SUN", 24, 52),
              "Eye cream": ("eye-cream", "EYE", 32, 90), "Face Mask": ("mask", "MSK", 6, 48)}
# The demo's serum and its usual partners, by name in the corpus: none labelled with fragrance or nuts.
DEMO_REGIMEN = ["Mermaid Skin™ Hyaluronic H2O Serum", "Liquid Facial Soap",
                "Smart Night Custom-Repair Moisturizer - Very Dry to Dry",
                "City Block Sheer Oil-Free Daily Face Protector SPF 25", "Grape Water"]
CUSTOMER = "camille-demo-0001"
CUSTOMER_ALLERGIES = ["fragrance"]
DAYS_OF_SALES = 21
USERS = {"associate": ["associate"], "admin": ["retailer-admin", "store-manager"]}


def log(message):
    print(f"[sample-day] {message}", file=sys.stderr, flush=True)


def die(message):
    log(f"ERROR: {message}")
    sys.exit(1)


# --- where things are ---------------------------------------------------------------------------

def stack():
    values = {}
    with open(os.path.join(CACHE, "stack.env")) as env:
        for line in env:
            if "=" in line and not line.startswith("#"):
                key, value = line.rstrip("\n").split("=", 1)
                values[key] = value.strip("'\"")
    return values


def kubectl_json(*args):
    out = subprocess.run(KUBECTL + list(args) + ["-o", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        die(f"kubectl {' '.join(args)}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def secret(namespace, name, key):
    return base64.b64decode(kubectl_json("-n", namespace, "get", "secret", name)["data"][key]).decode()


class Tenant:
    """The sample retailer as its platform team sees it: resource, namespace, realm, service URL."""

    def __init__(self, name):
        resource = kubectl_json("get", "retailerintegration", name)
        status = resource.get("status") or {}
        self.name = name
        self.namespace = status["namespace"]
        self.realm = status["realm"]
        self.shop = resource["spec"]["pos"]["shopDomain"]
        provider = resource["spec"]["pos"]["provider"]
        if provider != "shopify":
            die(f"{name} is on {provider}: the sample day sends Shopify POS webhooks")
        annotations = kubectl_json("get", "namespace", self.namespace)["metadata"].get("annotations", {})
        self.url = annotations.get("vitrine.io/tenant-service-url")
        if not self.url:
            die(f"{name}'s tenant-service is not running: src/local/tenants.sh up {name}")
        self.keycloak = stack()["VITRINE_KEYCLOAK_URL"]
        self.pos_secret = resource["spec"]["pos"]["credentialsSecretRef"]
        self.state = os.path.join(stack()["VITRINE_STATE"], "samples")

    def signing_key(self):
        ref = self.pos_secret
        return secret(ref["namespace"], ref["name"], "webhookSigningKey")

    def client_secret(self):
        return secret(self.namespace, "keycloak-clients", "adminApiClientSecret")


# --- HTTP ---------------------------------------------------------------------------------------

def http(method, url, body=None, token=None, headers=None, form=None, expect=(200,)):
    data, all_headers = None, dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif isinstance(body, bytes):
        data = body
    elif body is not None:
        data = json.dumps(body).encode()
        all_headers.setdefault("Content-Type", "application/json")
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            status, text, location = response.status, response.read().decode(), response.headers.get("Location")
    except urllib.error.HTTPError as error:
        status, text, location = error.code, error.read().decode(), error.headers.get("Location")
    if status not in expect:
        die(f"{method} {url} answered {status}: {text[:500]}")
    answer = json.loads(text) if text.strip().startswith(("{", "[")) else text
    return status, answer, location


# --- identity: two demo users in the tenant's realm ---------------------------------------------

def keycloak_admin_token(tenant):
    env = stack()
    _, answer, _ = http("POST", f"{tenant.keycloak}/realms/master/protocol/openid-connect/token",
                        form={"grant_type": "password", "client_id": "admin-cli",
                              "username": env["VITRINE_KEYCLOAK_ADMIN_USER"],
                              "password": env["VITRINE_KEYCLOAK_ADMIN_PASSWORD"]})
    return answer["access_token"]


def password_of(tenant, user):
    os.makedirs(tenant.state, mode=0o700, exist_ok=True)
    path = os.path.join(tenant.state, f"{tenant.name}-{user}.password")
    if not os.path.exists(path):
        with open(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
            out.write(base64.urlsafe_b64encode(os.urandom(24)).decode())
    with open(path) as stored:
        return stored.read().strip()


def ensure_users(tenant):
    token = keycloak_admin_token(tenant)
    admin = f"{tenant.keycloak}/admin/realms/{tenant.realm}"
    for user, roles in USERS.items():
        username = f"demo-{user}"
        _, found, _ = http("GET", f"{admin}/users?exact=true&username={username}", token=token)
        if not found:
            http("POST", f"{admin}/users", token=token, expect=(201,), body={
                "username": username, "enabled": True, "emailVerified": True,
                "email": f"{username}@{tenant.name}.example", "firstName": "Demo",
                "lastName": user.capitalize()})
            _, found, _ = http("GET", f"{admin}/users?exact=true&username={username}", token=token)
        user_id = found[0]["id"]
        http("PUT", f"{admin}/users/{user_id}/reset-password", token=token, expect=(204,),
             body={"type": "password", "value": password_of(tenant, user), "temporary": False})
        wanted = [http("GET", f"{admin}/roles/{role}", token=token)[1] for role in roles]
        http("POST", f"{admin}/users/{user_id}/role-mappings/realm", token=token, expect=(204,),
             body=wanted)
    log(f"users demo-associate and demo-admin in realm {tenant.realm}")


def access_token(tenant, user):
    _, answer, _ = http("POST", f"{tenant.keycloak}/realms/{tenant.realm}/protocol/openid-connect/token",
                        form={"grant_type": "password", "client_id": "vitrine-admin-api",
                              "client_secret": tenant.client_secret(), "username": f"demo-{user}",
                              "password": password_of(tenant, user)})
    return answer["access_token"]


# --- the catalog: real published labels ---------------------------------------------------------

def read_labels():
    """The corpus's records: category|brand|product|expected|evidence|label."""
    labels = []
    with open(LABELS, encoding="utf-8") as corpus:
        for line in corpus:
            if line.startswith("#") or not line.strip():
                continue
            category, brand, product, expected, _, text = line.rstrip("\n").split("|", 5)
            labels.append({"category": category, "brand": brand, "product": product,
                           "groups": set(expected.split("+")) - {"-"}, "text": text})
    return labels


def catalog():
    """One product per label, SKUs numbered per category in the corpus's order."""
    products, counts = [], {}
    for label in read_labels():
        category, code, low, high = CATEGORIES[label["category"]]
        counts[code] = counts.get(code, 0) + 1
        sku = f"MA-{code}-{counts[code]:04d}"
        # An illustrative price: stable per product, within the category's usual range.
        digest = int(hashlib.sha256(f"{label['brand']}|{label['product']}".encode()).hexdigest(), 16)
        price = low + digest % (high - low + 1) + (0 if digest % 3 else 0.5)
        products.append({"sku": sku, "name": label["product"], "brand": label["brand"].title(),
                         "category": category, "price": f"{price:.2f}", "currency": "EUR",
                         "ingredients": label["text"], "groups": label["groups"]})
    return products


def import_catalog(tenant, token, products):
    rows = [{key: value for key, value in product.items() if key != "groups"} for product in products]
    _, job, location = http("POST", f"{tenant.url}/v1/admin/catalog/imports", body=rows, token=token,
                            expect=(202,))
    deadline = time.time() + 180
    while time.time() < deadline:
        _, job, _ = http("GET", location, token=token)
        if job["status"] in ("COMPLETED", "FAILED"):
            break
        time.sleep(1)
    if job["status"] != "COMPLETED":
        die(f"the catalog import ended {job['status']}: {json.dumps(job)[:500]}")
    log(f"catalog: {job.get('imported')} products imported (upsert by SKU), "
        f"{len(job.get('errors') or [])} rows refused")


# --- stores and stock ---------------------------------------------------------------------------

def ensure_stores(tenant, token):
    _, existing, _ = http("GET", f"{tenant.url}/v1/admin/stores", token=token)
    by_location = {store["posLocationId"]: store for store in existing}
    for location, name, labels, latitude, longitude in STORES:
        if location not in by_location:
            http("POST", f"{tenant.url}/v1/admin/stores", token=token, expect=(201,),
                 body={"posLocationId": location, "name": name, "labels": labels,
                       "latitude": latitude, "longitude": longitude})
        else:
            store_id = by_location[location]["id"]
            http("PUT", f"{tenant.url}/v1/admin/stores/{store_id}/labels", token=token,
                 body={"labels": labels})
            http("PUT", f"{tenant.url}/v1/admin/stores/{store_id}/coordinates", token=token,
                 body={"latitude": latitude, "longitude": longitude})
    log(f"stores: {', '.join(location for location, *_ in STORES)} with labels and coordinates")


def stock_rows(products):
    """Counts per store: most products on the shelf, about one in ten sold out."""
    rows = []
    for location, *_rest in STORES:
        chance = random.Random(f"stock-{location}")
        for product in products:
            quantity = 0 if chance.random() < 0.1 else chance.randint(2, 24)
            rows.append({"store": location, "sku": product["sku"], "quantity": quantity})
    return rows


def import_stock(tenant, token, products, keep_in_stock):
    rows = stock_rows(products)
    for row in rows:
        if row["store"] == DEMO_STORE and row["sku"] in keep_in_stock:
            row["quantity"] = max(row["quantity"], 6)
    _, report, _ = http("POST", f"{tenant.url}/v1/admin/stock/imports", body=rows, token=token)
    log(f"stock: {len(rows)} counts in {len(STORES)} stores "
        f"({sum(1 for row in rows if row['quantity'] == 0)} sold out); report "
        + json.dumps({k: v for k, v in report.items() if not isinstance(v, list)}))


# --- a few weeks of sales as Shopify POS webhooks -----------------------------------------------

def regimens(products):
    """Each serum's usual partners (a cleanser, a moisturizer, a sunscreen), fixed per serum, so the
    sales hold the co-purchase pattern a real chain's would. The demo's serum (DEMO_REGIMEN) goes
    with its fragrance-free partners and one fragranced moisturizer, which the allergic customer
    must not be offered however often it sells with the serum."""
    by_category = {}
    for product in products:
        if "no-list" not in product["groups"]:
            by_category.setdefault(product["category"], []).append(product)
    chance = random.Random("regimens")
    partners = {}
    for serum in by_category["serum"]:
        partners[serum["sku"]] = [chance.choice(by_category[c]) for c in ("cleanser", "moisturizer",
                                                                          "sunscreen")]
    named = {p["name"]: p for p in products}
    anchor = named[DEMO_REGIMEN[0]]
    partners[anchor["sku"]] = [named[name] for name in DEMO_REGIMEN[1:]] + [fragranced_moisturizer(products)]
    return by_category, partners, anchor


def fragranced_moisturizer(products):
    return next(p for p in products if p["category"] == "moisturizer" and p["groups"] == {"fragrance"})


def demo_anchor(products):
    _, partners, anchor = regimens(products)
    return anchor, partners[anchor["sku"]]


def orders(products, now):
    """Shopify orders of the last DAYS_OF_SALES days in every store: regimen baskets around a serum,
    and single items; half of them with a known customer."""
    by_category, partners, anchor = regimens(products)
    anchor_partners = partners[anchor["sku"]]
    chance = random.Random("orders")
    result, number = [], 1000
    for day in range(DAYS_OF_SALES, 0, -1):
        for location, *_rest in STORES:
            for _ in range(chance.randint(6, 10)):
                number += 1
                if chance.random() < 0.25:
                    basket = [anchor] + chance.sample(anchor_partners, chance.randint(1, 3))
                elif chance.random() < 0.75:
                    serum = chance.choice(by_category["serum"])
                    basket = [serum] + chance.sample(partners[serum["sku"]][:3], chance.randint(1, 2))
                else:
                    basket = [chance.choice(products)]
                placed = now - timedelta(days=day, hours=chance.randint(0, 9), minutes=chance.randint(0, 59))
                customer = 7_400_000_000_000 + chance.randint(1, 400) if chance.random() < 0.5 else None
                result.append(shopify_order(number, location, placed, basket, customer))
    return result


def shopify_order(number, location, placed, basket, customer):
    """An orders/create body as Shopify POS sends it (the fields Vitrine reads, and a few more)."""
    order_id = 5_812_000_000_000 + number
    stamp = placed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    lines = [{"id": order_id * 10 + i, "variant_id": 44_100_000_000_000 + int(hashlib.sha1(
        p["sku"].encode()).hexdigest()[:8], 16), "sku": p["sku"], "title": p["name"], "vendor": p["brand"],
        "quantity": 1, "price": p["price"]} for i, p in enumerate(basket)]
    total = sum(float(p["price"]) for p in basket)
    return {"id": order_id, "admin_graphql_api_id": f"gid://shopify/Order/{order_id}",
            "name": f"#{number}", "order_number": number, "source_name": "pos",
            "location_id": int(location), "currency": "EUR", "presentment_currency": "EUR",
            "financial_status": "paid", "created_at": stamp, "processed_at": stamp, "updated_at": stamp,
            "cancelled_at": None, "total_price": f"{total:.2f}", "subtotal_price": f"{total:.2f}",
            "customer": {"id": customer} if customer else None, "line_items": lines}


def send_sales(tenant, orders_to_send):
    key = tenant.signing_key().encode()
    for order in orders_to_send:
        body = json.dumps(order).encode()
        signature = base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode()
        webhook_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{tenant.shop}/orders/{order['id']}"))
        http("POST", f"{tenant.url}/v1/webhooks/shopify", body=body, expect=(200,),
                                 headers={"Content-Type": "application/json",
                                          "X-Shopify-Hmac-Sha256": signature,
                                          "X-Shopify-Topic": "orders/create",
                                          "X-Shopify-Shop-Domain": tenant.shop,
                                          "X-Shopify-Webhook-Id": webhook_id,
                                          "X-Shopify-API-Version": "2025-01"})
    log(f"sales: {len(orders_to_send)} signed Shopify orders/create webhooks over {DAYS_OF_SALES} "
        "days (a repeated delivery is recorded once)")


# --- the customer and the commands to try -------------------------------------------------------

def ensure_customer(tenant, token):
    http("PUT", f"{tenant.url}/v1/customers/{CUSTOMER}/profile", token=token, body={
        "skinType": "dry", "concerns": ["dehydration"], "allergies": CUSTOMER_ALLERGIES,
        "consents": {"personalization": True}})
    log(f"customer {CUSTOMER}: allergic to {', '.join(CUSTOMER_ALLERGIES)}, consents to personalisation")


def recommend_body(anchor):
    return {"cart_id": "demo-cart-1", "store_id": DEMO_STORE, "customer_id": CUSTOMER,
            "line_items": [{"sku": anchor["sku"]}]}


def screen_body(anchor, fragranced):
    return {"cart_id": "demo-cart-2", "store_id": DEMO_STORE, "customer_id": CUSTOMER,
            "line_items": [{"sku": anchor["sku"]}, {"sku": fragranced["sku"]}]}


def until(what, attempt, seconds=120):
    deadline = time.time() + seconds
    while True:
        result = attempt()
        if result:
            return result
        if time.time() > deadline:
            die(f"{what} did not happen within {seconds} s")
        time.sleep(2)


def command(tenant, path, body):
    return (f"TOKEN=$(python3 src/local/sample_day.py token associate {tenant.name}) && \\\n"
            f"  curl -s -X POST {tenant.url}{path} -H \"Authorization: Bearer $TOKEN\" \\\n"
            f"    -H 'Content-Type: application/json' -d '{json.dumps(body, ensure_ascii=False)}'")


def seed(name):
    tenant = Tenant(name)
    ensure_users(tenant)
    admin = access_token(tenant, "admin")
    products = catalog()
    anchor, partners = demo_anchor(products)
    fragranced = fragranced_moisturizer(products)
    import_catalog(tenant, admin, products)
    ensure_stores(tenant, admin)
    import_stock(tenant, admin, products, {anchor["sku"]} | {p["sku"] for p in partners})
    send_sales(tenant, orders(products, datetime.now(timezone.utc)))
    ensure_customer(tenant, admin)

    associate = access_token(tenant, "associate")
    # The sales reach the till's co-purchase counts asynchronously, the rollout's flags in seconds.
    suggested = until("a suggestion with reasons in the pilot store", lambda: [
        s for s in http("POST", f"{tenant.url}/v1/pos/recommend", token=associate,
                        body=recommend_body(anchor))[1].get("suggestions", []) if s.get("reason")])
    alert = until("a screening alert with safe alternatives", lambda: [
        a for a in http("POST", f"{tenant.url}/v1/pos/screen", token=associate,
                        body=screen_body(anchor, fragranced))[1].get("alerts", [])
        if a.get("alternatives")])
    log(f"checked: {len(suggested)} suggestions for {anchor['sku']}, an alert on {alert[0].get('sku')}")
    print(f"""
Try {tenant.name} (store {DEMO_STORE}, {STORES[0][1]}; customer {CUSTOMER}, allergic to fragrance).
Suggestions with reasons for a cart holding {anchor['sku']} ({anchor['brand']} {anchor['name']}):

{command(tenant, '/v1/pos/recommend', recommend_body(anchor))}

A screening alert with safe alternatives: {fragranced['sku']} ({fragranced['brand']} {fragranced['name']}) is labelled with fragrance:

{command(tenant, '/v1/pos/screen', screen_body(anchor, fragranced))}

(the token lasts a few minutes; the token command logs in as demo-associate, whose password is in
{tenant.state}; demo-admin has retailer-admin and store-manager: "token admin" for /v1/admin/...)""")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("seed", "token"):
        die(__doc__)
    if sys.argv[1] == "seed":
        seed(sys.argv[2] if len(sys.argv) > 2 else "maison-aster")
    else:
        role = sys.argv[2] if len(sys.argv) > 2 else "associate"
        if role not in USERS:
            die(f"no demo user for {role}: associate or admin")
        print(access_token(Tenant(sys.argv[3] if len(sys.argv) > 3 else "maison-aster"), role))


if __name__ == "__main__":
    main()
