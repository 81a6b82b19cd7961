import type { CallOptions, GroupOptions, PageOptions } from './runtime.js';
export { analyticsNext, analyticsNode, createTracker, genericClient, TrackingPlanViolation } from './runtime.js';
export type { Adapter, AnalyticsJsClient, AnalyticsNodeClient, Callback, CallOptions, GenericClient, GroupMessage, GroupOptions, Identified, IdentifyMessage, Message, MessageBase, PageMessage, PageOptions, Payload, TrackMessage, Tracker, TrackerOptions, ValidateFunction, ValidationError, Validators, Violation, } from './runtime.js';
/**
 * A shopper opened their cart, either the cart page or the mini-cart drawer.
 */
export interface CartViewedProperties {
    /**
     * Id of the cart that was viewed.
     *
     * Format `uuid`.
     */
    cart_id: string;
    /**
     * Line items in the cart, in display order.
     *
     * Items: One line item of the cart: a product and how many units of it.
     */
    products: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product in this line item.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    }[];
    /**
     * Sum of the line items, before shipping, tax and discounts.
     *
     * Minimum 0.
     */
    subtotal: number;
    /**
     * ISO 4217 code of the currency the cart is expressed in.
     */
    currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD");
}
/**
 * A shopper opened their cart, either the cart page or the mini-cart drawer.
 *
 * Sends the track event `Cart Viewed`, version 1-0, with `schema_id` `online_shop/Cart_Viewed/1-0.json`.
 * Metadata: code_owner `checkout-squad`, product_owner `priya.raman@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function cartViewed(properties: CartViewedProperties, options?: CallOptions): void;
/**
 * A shopper clicked "Checkout" and the checkout session was created.
 */
export interface CheckoutStartedProperties {
    /**
     * Id of the checkout session; the resulting order refers to it.
     *
     * Format `uuid`.
     */
    checkout_id: string;
    /**
     * Id of the cart being checked out.
     *
     * Format `uuid`.
     */
    cart_id: string;
    /**
     * Expected order total, before shipping and tax.
     *
     * Minimum 0.
     */
    value: number;
    /**
     * ISO 4217 code of the currency the checkout is expressed in.
     */
    currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD");
    /**
     * Coupon code already applied to the cart, or null.
     */
    coupon?: (string | null);
    /**
     * Line items being checked out.
     *
     * Items: One line item of the checkout: a product and how many units of it.
     */
    products: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product in this line item.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    }[];
    /**
     * Whether the shopper checks out without signing in.
     */
    guest: boolean;
}
/**
 * A shopper clicked "Checkout" and the checkout session was created.
 *
 * Sends the track event `Checkout Started`, version 1-0, with `schema_id` `online_shop/Checkout_Started/1-0.json`.
 * Metadata: code_owner `checkout-squad`, product_owner `priya.raman@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function checkoutStarted(properties: CheckoutStartedProperties, options?: CallOptions): void;
/**
 * A coupon code entered in the cart or checkout was accepted.
 */
export interface CouponAppliedProperties {
    /**
     * Id of the cart the coupon was applied to.
     *
     * Format `uuid`.
     */
    cart_id: string;
    /**
     * Coupon code as entered, upper-cased (for example `SPRING_25`).
     *
     * Pattern `^[A-Z0-9_]{3,20}$`.
     */
    coupon_code: string;
    /**
     * Internal name of the promotion the coupon belongs to.
     */
    coupon_name?: string;
    /**
     * How the coupon reduces the price.
     */
    discount_kind: ("percentage" | "fixed_amount" | "free_shipping");
    /**
     * Amount the coupon took off the cart, in the cart currency.
     *
     * Minimum 0.
     */
    discount: number;
}
/**
 * A coupon code entered in the cart or checkout was accepted.
 *
 * Sends the track event `Coupon Applied`, version 1-0, with `schema_id` `online_shop/Coupon_Applied/1-0.json`.
 * Metadata: code_owner `checkout-squad`, product_owner `priya.raman@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function couponApplied(properties: CouponAppliedProperties, options?: CallOptions): void;
/**
 * Traits of a business customer account (B2B wholesale), sent with the group call when a shopper joins or switches company.
 */
export interface GroupTraits {
    /**
     * Registered legal name of the company.
     */
    name: string;
    /**
     * Industry the company declared at wholesale sign-up.
     */
    industry?: ("retail" | "hospitality" | "education" | "healthcare" | "other");
    /**
     * Number of employees the company declared at wholesale sign-up.
     *
     * Integer; minimum 1.
     */
    employees?: number;
    /**
     * Wholesale contract of the company, which sets its price list.
     */
    plan: ("wholesale" | "wholesale_plus");
    /**
     * EU VAT identification number, or null for companies outside the EU.
     */
    vat_number?: (string | null);
    /**
     * Public website of the company.
     *
     * Format `uri`.
     */
    website?: string;
    /**
     * When the company account was approved (ISO 8601, UTC).
     *
     * Format `date-time` (ISO 8601; a `Date` is sent as one).
     */
    created_at: string | Date;
}
/**
 * Traits of a business customer account (B2B wholesale), sent with the group call when a shopper joins or switches company.
 *
 * Sends a group call (`Group`), version 1-0, with `schema_id` `online_shop/Group/1-0.json`.
 * Metadata: code_owner `web-platform`, product_owner `maya.lindqvist@example.com`.
 *
 * @param traits - The traits of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function group(traits: GroupTraits, options: GroupOptions): void;
/**
 * Traits of a signed-in shopper, sent with every identify call after sign-up, sign-in and profile changes.
 */
export interface IdentifyTraits {
    /**
     * Primary email address of the shopper, used for order confirmations.
     *
     * Format `email`.
     */
    email: string;
    /**
     * Given name of the shopper as entered on the account page.
     */
    first_name?: string;
    /**
     * Family name of the shopper as entered on the account page.
     */
    last_name?: string;
    /**
     * Loyalty membership of the shopper: `free`, or the paid `plus` and `premium` tiers with free shipping.
     */
    plan: ("free" | "plus" | "premium");
    /**
     * When the shopper created their account (ISO 8601, UTC).
     *
     * Format `date-time` (ISO 8601; a `Date` is sent as one).
     */
    created_at: string | Date;
    /**
     * Whether the shopper agreed to receive marketing emails.
     */
    marketing_opt_in?: boolean;
    /**
     * Mobile number in E.164 format for delivery notifications, or null when the shopper gave none.
     *
     * Pattern `^\+[1-9][0-9]{6,14}$`.
     */
    phone?: (string | null);
    /**
     * Default shipping address of the shopper.
     */
    address?: {
        /**
         * Street name, house number and apartment, on one line.
         */
        street?: string;
        /**
         * City or town of the address.
         */
        city: string;
        /**
         * Postal or ZIP code, as written by the shopper.
         */
        postal_code?: string;
        /**
         * State, province or county, or null where the country has none.
         */
        region?: (string | null);
        /**
         * ISO 3166-1 alpha-2 country code (for example `DE`).
         *
         * Pattern `^[A-Z]{2}$`.
         */
        country: string;
    };
}
/**
 * Traits of a signed-in shopper, sent with every identify call after sign-up, sign-in and profile changes.
 *
 * Sends an identify call (`Identify`), version 1-0, with `schema_id` `online_shop/Identify/1-0.json`.
 * Metadata: code_owner `web-platform`, product_owner `maya.lindqvist@example.com`.
 *
 * @param traits - The traits of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function identify(traits: IdentifyTraits, options?: CallOptions): void;
/**
 * An order was paid and confirmed. Deprecated: version 2-0 adds the order currency.
 */
export interface OrderCompletedProperties {
    /**
     * Human-readable order number shown to the shopper (for example `ORD-00012345`).
     *
     * Pattern `^ORD-[0-9]{8}$`.
     */
    order_id: string;
    /**
     * Id of the checkout session the order came from.
     *
     * Format `uuid`.
     */
    checkout_id?: string;
    /**
     * Amount charged: subtotal plus shipping and tax, minus discounts.
     *
     * Minimum 0.
     */
    total: number;
    /**
     * Sum of the line items, before shipping, tax and discounts.
     *
     * Minimum 0.
     */
    subtotal?: number;
    /**
     * Shipping cost charged for the order.
     *
     * Minimum 0.
     */
    shipping?: number;
    /**
     * Total tax charged for the order.
     *
     * Minimum 0.
     */
    tax?: number;
    /**
     * Total discount granted by coupons and promotions.
     *
     * Minimum 0.
     */
    discount?: number;
    /**
     * Coupon code redeemed with the order.
     */
    coupon?: string;
    /**
     * How the shopper paid for the order.
     */
    payment_method: ("card" | "paypal" | "apple_pay" | "klarna" | "gift_card");
    /**
     * Line items of the order.
     *
     * Min items 1.
     *
     * Items: One line item of the order: a product and how many units of it.
     */
    products: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product in this line item.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    }[];
}
/**
 * An order was paid and confirmed. Deprecated: version 2-0 adds the order currency.
 *
 * Sends the track event `Order Completed`, version 1-0, with `schema_id` `online_shop/Order_Completed/1-0.json`.
 * Metadata: code_owner `payments-squad`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 * @deprecated Use {@link orderCompletedV2} (version 2-1).
 */
export declare function orderCompleted(properties: OrderCompletedProperties, options?: CallOptions): void;
/**
 * An order was paid and confirmed. Sent by the order service once the payment is captured. 2-1 adds the shipping method.
 */
export interface OrderCompletedV2Properties {
    /**
     * Human-readable order number shown to the shopper (for example `ORD-00012345`).
     *
     * Pattern `^ORD-[0-9]{8}$`.
     */
    order_id: string;
    /**
     * Id of the checkout session the order came from.
     *
     * Format `uuid`.
     */
    checkout_id?: string;
    /**
     * Amount charged: subtotal plus shipping and tax, minus discounts.
     *
     * Minimum 0.
     */
    total: number;
    /**
     * Sum of the line items, before shipping, tax and discounts.
     *
     * Minimum 0.
     */
    subtotal?: number;
    /**
     * Shipping cost charged for the order.
     *
     * Minimum 0.
     */
    shipping?: number;
    /**
     * Total tax charged for the order.
     *
     * Minimum 0.
     */
    tax?: number;
    /**
     * Total discount granted by coupons and promotions.
     *
     * Minimum 0.
     */
    discount?: number;
    /**
     * Coupon code redeemed with the order, or null when none was used.
     */
    coupon?: (string | null);
    /**
     * How the shopper paid for the order.
     */
    payment_method: ("card" | "paypal" | "apple_pay" | "klarna" | "gift_card");
    /**
     * Line items of the order.
     *
     * Min items 1.
     *
     * Items: One line item of the order: a product and how many units of it.
     */
    products: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product in this line item.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    }[];
    /**
     * ISO 4217 code of the currency the order amounts is expressed in.
     */
    currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD");
    /**
     * Delivery option the shopper chose at checkout.
     */
    shipping_method?: ("standard" | "express" | "next_day" | "store_pickup");
}
/**
 * An order was paid and confirmed. Sent by the order service once the payment is captured. 2-1 adds the shipping method.
 *
 * Sends the track event `Order Completed`, version 2-1, with `schema_id` `online_shop/Order_Completed/2-1.json`.
 * Metadata: code_owner `payments-squad`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function orderCompletedV2(properties: OrderCompletedV2Properties, options?: CallOptions): void;
/**
 * Customer service refunded an order, fully or in part.
 */
export interface OrderRefundedProperties {
    /**
     * Order number of the refunded order.
     *
     * Pattern `^ORD-[0-9]{8}$`.
     */
    order_id: string;
    /**
     * Amount refunded to the shopper.
     *
     * Minimum 0.
     */
    refund_total: number;
    /**
     * ISO 4217 code of the currency the refund is expressed in.
     */
    currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD");
    /**
     * Reason the shopper gave for the refund.
     */
    reason: ("damaged" | "wrong_item" | "not_as_described" | "late_delivery" | "changed_mind" | "other");
    /**
     * Whether only some line items were refunded.
     */
    partial: boolean;
    /**
     * Refunded line items; empty for a full refund.
     *
     * Items: One line item of the refund: a product and how many units of it.
     */
    products?: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product in this line item.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    }[];
    /**
     * When the refund was issued by the payment provider (ISO 8601, UTC).
     *
     * Format `date-time` (ISO 8601; a `Date` is sent as one).
     */
    refunded_at: string | Date;
}
/**
 * Customer service refunded an order, fully or in part.
 *
 * Sends the track event `Order Refunded`, version 1-0, with `schema_id` `online_shop/Order_Refunded/1-0.json`.
 * Metadata: code_owner `payments-squad`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function orderRefunded(properties: OrderRefundedProperties, options?: CallOptions): void;
/**
 * A shopper viewed a page of the storefront. Sent by the page call of the web app on every route change.
 */
export interface PageProperties {
    /**
     * Path of the page URL, without query string (for example `/products/linen-shirt`).
     */
    path: string;
    /**
     * Full URL of the page, including query string.
     *
     * Format `uri`.
     */
    url: string;
    /**
     * URL of the previous page, or null when the shopper opened the page directly.
     */
    referrer: (string | null);
    /**
     * Document title of the page.
     */
    title: string;
    /**
     * Query string of the page URL including the leading `?`, empty when there is none.
     */
    search?: string;
}
/**
 * A shopper viewed a page of the storefront. Sent by the page call of the web app on every route change.
 *
 * Sends a page call (`Page Viewed`), version 1-0, with `schema_id` `online_shop/Page_Viewed/1-0.json`.
 * Metadata: code_owner `web-platform`, product_owner `maya.lindqvist@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function page(properties: PageProperties, options?: PageOptions): void;
/**
 * A shopper added a product to their cart.
 */
export interface ProductAddedProperties {
    /**
     * Id of the cart the product was added to.
     *
     * Format `uuid`.
     */
    cart_id: string;
    /**
     * The product that was added, with the quantity added.
     */
    product: {
        /**
         * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
         *
         * Pattern `^prod_[a-z0-9]+$`.
         */
        product_id: string;
        /**
         * Stock keeping unit of the product, as printed on the warehouse label.
         */
        sku: string;
        /**
         * Display name of the product as shown on the product page.
         */
        name?: string;
        /**
         * Brand the product is sold under.
         */
        brand?: string;
        /**
         * Top-level catalog category of the product.
         */
        category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
        /**
         * Selected variant (size or color), or null when the product has none.
         */
        variant?: (string | null);
        /**
         * Unit price of the product in the order currency, after product-level discounts and before tax.
         *
         * Minimum 0.
         */
        price: number;
        /**
         * Number of units of the product added.
         *
         * Integer; minimum 1.
         */
        quantity: number;
    };
    /**
     * Part of the storefront the add-to-cart button was clicked in.
     */
    added_from: ("product_page" | "quick_view" | "wishlist" | "recommendation");
}
/**
 * A shopper added a product to their cart.
 *
 * Sends the track event `Product Added`, version 1-0, with `schema_id` `online_shop/Product_Added/1-0.json`.
 * Metadata: code_owner `checkout-squad`, product_owner `priya.raman@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function productAdded(properties: ProductAddedProperties, options?: CallOptions): void;
/**
 * A shopper opened the detail page of a product.
 */
export interface ProductViewedProperties {
    /**
     * Catalog id of the product, as stored in the product database (for example `prod_8f2k1`).
     *
     * Pattern `^prod_[a-z0-9]+$`.
     */
    product_id: string;
    /**
     * Stock keeping unit of the product, as printed on the warehouse label.
     */
    sku: string;
    /**
     * Display name of the product as shown on the product page.
     */
    name: string;
    /**
     * Brand the product is sold under.
     */
    brand?: string;
    /**
     * Top-level catalog category of the product.
     */
    category?: ("apparel" | "footwear" | "accessories" | "home" | "electronics" | "beauty");
    /**
     * Selected variant (size or color), or null when the product has none.
     */
    variant?: (string | null);
    /**
     * Unit price of the product in the order currency, after product-level discounts and before tax.
     *
     * Minimum 0.
     */
    price: number;
    /**
     * ISO 4217 code of the currency the price is expressed in.
     */
    currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD");
    /**
     * Canonical URL of the product page.
     *
     * Format `uri`.
     */
    url?: string;
    /**
     * URL of the main product image.
     *
     * Format `uri`.
     */
    image_url?: string;
    /**
     * Whether at least one unit was available when the page was rendered.
     */
    in_stock?: boolean;
}
/**
 * A shopper opened the detail page of a product.
 *
 * Sends the track event `Product Viewed`, version 1-0, with `schema_id` `online_shop/Product_Viewed/1-0.json`.
 * Metadata: code_owner `discovery-squad`, product_owner `tomas.okafor@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function productViewed(properties: ProductViewedProperties, options?: CallOptions): void;
/**
 * A shopper ran a product search from the search bar or refined the results with filters.
 */
export interface ProductsSearchedProperties {
    /**
     * Search terms exactly as the shopper typed them.
     *
     * Min length 1.
     */
    query: string;
    /**
     * Facet filters applied to the results, in the order the shopper applied them.
     *
     * Items: One facet filter.
     */
    filters?: {
        /**
         * Product attribute the filter applies to.
         */
        field: ("category" | "brand" | "price" | "color" | "size");
        /**
         * Comparison the filter makes between the attribute and its value.
         */
        operator: ("eq" | "neq" | "lt" | "gt" | "in");
        /**
         * Value the attribute is compared with; lists are comma-separated.
         */
        value: string;
    }[];
    /**
     * Order of the search results.
     */
    sort_order?: ("relevance" | "price_asc" | "price_desc" | "newest");
    /**
     * Number of products matching the query and filters.
     *
     * Integer; minimum 0.
     */
    results_count: number;
}
/**
 * A shopper ran a product search from the search bar or refined the results with filters.
 *
 * Sends the track event `Products Searched`, version 1-0, with `schema_id` `online_shop/Products_Searched/1-0.json`.
 * Metadata: code_owner `discovery-squad`, product_owner `tomas.okafor@example.com`.
 *
 * @param properties - The properties of the call.
 * @param options - Identity, context, integrations and timestamp, passed to the client as given.
 */
export declare function productsSearched(properties: ProductsSearchedProperties, options?: CallOptions): void;
