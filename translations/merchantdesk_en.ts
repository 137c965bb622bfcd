<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DomainText</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many images or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU code is required (up to 64 characters, no surrounding spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option needs a distinct name and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU code %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be moved under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKU with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members have a cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cart holds at most %1 different items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of one item per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members can check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your delivery addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item once, with a quantity between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many different items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not valid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item sold out while you were checking out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idempotency key (1–200 characters) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose card, alipay, wechat or balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idempotency key was used for a different order request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance does not cover this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flash-sale price of %1 is no longer available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has just run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer have enough points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance has changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim code has 3 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed coupon needs an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage must be between 0.01% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the categories or products it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-member limit must be 1 to 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coupons were already used; the limit cannot be lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended campaign cannot be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members claim coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not available now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already hold as many of this coupon as allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 200,000 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-member limit must be 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 500 SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale price of %1 must be below its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each SKU needs an allotment of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units were already sold; the allotment cannot be lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended flash sale cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the member can mark a notification read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (at most 2,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and %1 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistency check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is no longer awaiting payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is paid and being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units of %1 than were bought and not yet refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunds would exceed what was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refunded for order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You earned %1 points with order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; it cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier and the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each line once with a positive quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this order has been shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units of %1 than remain to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is on its way: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered before everything is shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer confirms receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed before everything is shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer pays for an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not awaiting payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback timestamp is outside the allowed window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback is missing fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This callback was already processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment with this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount does not match the amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 points; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line has an invalid quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon does not apply to anything in the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon needs a spend of at least %1 on eligible items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (up to 1,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paid orders can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of %2 can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to the original method or to store balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund was decided meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer why (up to 1,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer reviews a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can review an item once it has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item can no longer be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already reviewed this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply has 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has products; demo data goes only into an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo word lists are missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs a recipient, a region and a street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an e-mail address or a mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an e-mail address or a mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 50 addresses can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members keep favorites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has schema version %1, newer than this program knows (%2). Please update MerchantDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this (%1 is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit products, SKUs and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit member details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override member tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage coupons and flash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue coupons to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view financial figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import and export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop already has staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff account with this e-mail exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop must keep at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a non-zero change of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, cancellations and returns change stock through their orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 in stock; the adjustment would make it negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier thresholds must rise from silver to gold to platinum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a non-zero amount that fits the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (a note of up to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has only %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s balance is too low for this deduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storefront server could not start on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unknown column %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log names an unknown kind of record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unknown kind of record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a replicated table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed row of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a local copy of the shop in the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is too old to catch up; it must be copied again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an Idempotency-Key header (1–200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entityId is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff send commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command id was used by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields cannot be set here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item of %1 must be a text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item of %1 must be a whole number between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time with a zone, such as 2026-11-11T02:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome is success or failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFM window must end after it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs a start and an end date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s start date is after its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bucket %1: use day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfmScorer</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back office for an online shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the embedded storefront (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new shop empty instead of with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CatalogView</name>
    <message>
        <source>Search products by title or SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote inside unquoted field %2 (quote the field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <source>MerchantDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductTableModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportCommand</name>
    <message>
        <source>Store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report name, or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the previous period&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report %1; --report list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format %1: only csv for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store at %1 (give --data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SalesReport</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SyncEngine</name>
    <message>
        <source>This change refers to a record the server refused to create (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
