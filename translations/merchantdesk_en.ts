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
    <message>
        <source>Order %1 has an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (local owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is shutting down; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://shop.example.com or http://192.168.1.5:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a MerchantDesk storefront (status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop was not made: it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member tier discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (%1) redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs the desktop&apos;s fonts (a GUI application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written.</source>
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
        <source>Work with the storefront server at URL as a member of staff (the password from MERCHANTDESK_PASSWORD, else asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff e-mail to sign in to --server with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (a %1 in FILE: one picture per area, named by it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print when the window is ready for work, then quit (for the start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BasketReport</name>
    <message>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bought id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BulkPriceDialog</name>
    <message>
        <source>Enter a percentage with at most two decimals, e.g. 10 or -12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount with at most %n decimal(s), e.g. 5 or -2.50.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The price of %1 would fall below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) change price.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change prices of %n SKU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By percentage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10 or -5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage: new price = old price × (100 % + the percentage), rounded half up to the smallest unit of the currency (e.g. 10.05 + 10 % = 11.055 → 11.06). A fixed amount is added to every price as typed. No price may fall below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CampaignDialog</name>
    <message>
        <source>The amount off is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum discount is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum spend is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category or product &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uses in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per mem&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: only issued by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CampaignTableModel</name>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(issued only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per member, %2 uses in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CatalogCommands</name>
    <message>
        <source>%1: somebody changed it in the meantime; reopen it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CatalogReader</name>
    <message numerus="yes">
        <source>More than %n products: choose a smaller category.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change prices of %n SKU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prices of the selected products, or of the chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo or redo of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CategoryPanel</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new category under %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new top-level category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new category under the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CategoryReport</name>
    <message>
        <source>Category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CategoryResolver</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
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
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ConflictTableModel</name>
    <message>
        <source>Changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override member tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change staff role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ConflictsPanel</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the server keeps what it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conflicts by change, record or reason</source>
        <translation type="unfinished"></translation>
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
    <name>md::DashboardView</name>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 left, threshold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sales of the last %n day(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DeskApplication</name>
    <message>
        <source>Opening the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
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
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::DeskSession</name>
    <message>
        <source>Your staff account is not on this computer yet: changes can be made once the first sync has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the shop was stopped. It goes on from where it stopped at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ExportCommand</name>
    <message>
        <source>Store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products: native (default) or shopify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export %1: products or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product format %1 (shopify or native).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members have one format; leave out --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store at %1 (give --data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products: %1, SKUs: %2, images: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products, as Shopify product CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products, as MerchantDesk product CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ExportOptions</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ExportWorker</name>
    <message>
        <source>The file %1 cannot be created (%2). Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The products could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with %1 SKU(s) written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because the format cannot express them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be saved (%2). Check that the disk is not full and that you may write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FinanceReport</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds to balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FlashSaleDialog</name>
    <message>
        <source>Give the flash sale a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flash sale must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the SKU id is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the sale price is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the allotment must be at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coupons may be used on these items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FlashSaleTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FunnelReport</name>
    <message>
        <source>Conversion funnel</source>
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
        <source>Product views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → cart %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart → order %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order → paid %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → paid %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion funnel by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::GzipDevice</name>
    <message>
        <source>cannot start inflating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt compressed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportCommand</name>
    <message>
        <source>historical order lines, Online Retail shape (CSV or .csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products, Shopify&apos;s product CSV or the native one (--format shopify|native)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members (the member CSV of --export members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import, or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the file&apos;s amounts (ISO 4217).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone the file&apos;s times are written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows of a file with rejected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products: shopify or native (guessed from the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import kind %1; --import list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: --data-dir DIR --import %1 FILE [--currency CODE] [--timezone ZONE] [--skip-bad-rows]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows skipped on purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices rounded to the minor unit (half even): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: the file has rejected rows (fix them, or give --skip-bad-rows to import the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1 (guest orders: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds (return orders): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices already in the store (left out): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products, members or historical orders from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the products or the members to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
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
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportRunners</name>
    <message>
        <source>Unknown product format %1 (shopify or native).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product prices are read in the store&apos;s currency, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products: %1 (created %2, updated %3, unchanged %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs: created %1, updated %2, unchanged %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members: %1 (created %2, updated %3, unchanged %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries: points %1, balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written; without the rejected rows the file would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: the file has rejected rows (fix them, or give --skip-bad-rows to import the rest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportSourcePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of records and the file they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical orders (order lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MerchantDesk product CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency of the amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone of the dates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportWizard</name>
    <message>
        <source>Cancelling: everything imported so far is being undone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: Shopify product CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: MerchantDesk product CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the missing column on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows in red would be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the file for each field. Fields in bold are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of the file; nothing is written yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. The import will give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file would be rejected (listed below). Without them the import would give:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import is done; %n rejected row(s) were left out (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the file were rejected (listed below). Correct them and import the file again, or choose to skip bad rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Without the rejected rows the file would have given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file holds each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the whole file or nothing: any rejected row stops the import (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImportWorker</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: %1 (new %2, changed %3, unchanged %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs: new %1, changed %2, unchanged %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1 (new %2, changed %3, unchanged %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points entries: %1, store balance entries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out on purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: %1 (already in the store: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1 (guest orders: %2), return orders: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers created: %1, SKUs created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceCollector</name>
    <message>
        <source>Quantity × UnitPrice is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has CustomerID &quot;%2&quot; on earlier rows, &quot;%3&quot; here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceWriter</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IssueCouponsDialog</name>
    <message>
        <source>Issue coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a coupon of &quot;%1&quot; to (members who already hold as many as allowed are skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
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
    <message>
        <source>Copying the shop to this computer…
The areas open when the copy is complete; it keeps working when the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the shop was stopped. What was copied is kept on this computer; the copy goes on from where it stopped when you resume it, or the next time MerchantDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff account is disabled, so the shop&apos;s areas are closed. Sign out, or ask the shop&apos;s owner to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff account is no longer on this shop, so its areas are closed. Sign out, or ask the shop&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MemberCsvFormat</name>
    <message>
        <source>an e-mail address, a phone number or an external reference is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (regular, silver, gold or platinum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points &quot;%1&quot; is not a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance &quot;%1&quot; is not an amount in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot; is not a date (YYYY-MM-DD or ISO 8601 date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot; is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MemberDetailPanel</name>
    <message>
        <source>Earned with an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back (order cancelled or refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back (order refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topped up by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back (order cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1 (set by hand; by spend: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1 (by spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1 · Balance: %2 · Total spend: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MemberImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for the e-mail, the phone or the external reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the e-mail belongs to member %2 and the phone to member %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read from its start (it must be a file, not a stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is already on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MemberReport</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular-tier buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver-tier buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold-tier buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum-tier buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MemberTableModel</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::MembersView</name>
    <message>
        <source>The members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the points to add, or to take away with a minus sign (e.g. 200 or -50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to add, or to take away with a minus sign (e.g. 50.00 or -12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first: every adjustment keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust points or balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change, e.g. 200 or -12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required, kept in the ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the change to the member&apos;s ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::NewOrderAlert</name>
    <message numerus="yes">
        <source>%n new order(s); the latest is %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::NewStaffDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::NotificationsView</name>
    <message>
        <source>The notification was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a title first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the e-mail, mobile number or id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is in the chosen group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n member(s)? It cannot be taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n member(s). The shop receives it at the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the member&apos;s inbox (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderDetailLoader</name>
    <message>
        <source>This order is no longer in the shop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderDetailPanel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (%1) −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 %3 — %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderDocumentWriter</name>
    <message>
        <source>The file cannot be created there. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Check that the disk is not full and that you may write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: enter e.g. 99 or 99.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderHistoryImporter</name>
    <message>
        <source>%1 has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for %1 (the header has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone %1 (an IANA name such as Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency %1 is not an ISO 4217 code such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store keeps its money in %1 and already has orders; a file in %2 cannot be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderHistoryRowParser</name>
    <message>
        <source>InvoiceDate &quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDate &quot;%1&quot; does not exist in %2 (clocks went forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceNo &quot;%1&quot; is not an invoice number (digits, or C or A and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StockCode is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnitPrice &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CustomerID &quot;%1&quot; is not a customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad-debt adjustment (A-invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee or commission, not goods (AMAZONFEE, BANK CHARGES, CRUK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative quantity on a sale invoice (stock note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive quantity on a cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero price (also prices below half a minor unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order line without a catalog SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrderTableModel</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OrdersView</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the selected order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the orders again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This window shows orders only: changes need the desktop&apos;s connection to the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is paid: cancelling refunds it in full, shipping included. Reason (the customer sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling (the customer sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 %2. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected order&apos;s invoice as a PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packing slip (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing-slip-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PaymentMethodReport</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductCsvFormat</name>
    <message>
        <source>options must be written as name=value pairs separated by semicolons, e.g. &quot;Color=Green; Size=S&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductCsvParser</name>
    <message>
        <source>line %1: the handle is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown status &quot;%2&quot; (active, draft or archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: Published must be TRUE or FALSE, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the first row of product %2 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 differs from the first row of product %3 (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: Image Position &quot;%2&quot; is not a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not an amount in %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a whole number from 0 to 1,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the SKU code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the SKU code is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: duplicate SKU code %2 (already on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the price is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: Option%2 Value without an Option%2 Name on the first row of product %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: option %2 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductEditor</name>
    <message>
        <source>The product needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjusted. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new SKU before adjusting its stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many units to add (or, negative, to remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n unit(s) on hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Adjust stock of %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image URL a line; the first is the main image</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>SKUs (price and cost as decimal text, e.g. 128.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stock by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. counted on the shelf, damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;just stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductExporter</name>
    <message>
        <source>%1: its SKUs use %2 option names; Shopify allows three</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductFigures</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is neither Shopify&apos;s product CSV nor the native product CSV; choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: SKU code %2 already belongs to another product (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read from its start (it must be a file, not a stream).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProductReport</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id</source>
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
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top N must be at least 1.</source>
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
    <name>md::PromotionReport</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons and flash sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PromotionsView</name>
    <message>
        <source>The promotions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons were issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign paused: its coupons cannot be claimed or used until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the e-mail, mobile number or id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is in the chosen group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coupons issued to %n member(s); members who already held as many as allowed were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &quot;%1&quot; now? Its prices stop at once and it cannot be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue coupons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;flash sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaigns by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flash sales by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RecipientPicker</name>
    <message>
        <source>List the members first (e-mail, mobile number or member id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;ese members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line or separated by commas: e-mail, mobile number or member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer se&amp;gment (RFM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the paid orders of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RefundTableModel</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RefundsView</name>
    <message>
        <source>The refunds could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 — order %2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount by the refund rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Requested by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Rejected by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Approved by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the original payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Refunded %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units were put back in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units were not put back in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned with the order taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) spent on the order given back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first: the customer is told why the refund is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 %2. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 was not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and pay out the amount the rules give (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with the reason written above (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the units back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required to reject: the customer is told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order, customer or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
        <source>File instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report %1; --report list shows them.</source>
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
    <message>
        <source>csv or pdf (pdf needs --output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format %1: csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportPdf</name>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written: the output is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportRunner</name>
    <message>
        <source>Unknown report “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be created. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Is the disk full or the file read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the period of equal length just before the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReportsView</name>
    <message>
        <source>The report could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReviewTableModel</name>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ReviewsView</name>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer (shown under the review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by text, product or customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RfmReport</name>
    <message>
        <source>Segment key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
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
    <name>md::ShipDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier, enter the tracking number, and lower a quantity when only part of a line goes in this parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SkuTableModel</name>
    <message>
        <source>Stock changes only by an adjustment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write options as name=value, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an amount (at most %n decimal(s), not negative).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The low-stock threshold is a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StaffTableModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StaffView</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable your own account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer signs in with it: once the shop receives the change, it can no longer sync until another owner enables the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by e-mail or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StockReport</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
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
<context>
    <name>md::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting changes and fetch the shop&apos;s news now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the shop… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; the next one goes on from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::WelcomeDialog</name>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MerchantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the shop&apos;s server with your staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you use MerchantDesk on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run my shop on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop and its storefront run here, on this computer&apos;s data folder. A new shop starts with demo data you can look around in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a storefront server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
