<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DomainText</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账号已被停用。</translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation>描述过长。</translation>
    </message>
    <message>
        <source>Too many images or tags.</source>
        <translation>图片或标签过多。</translation>
    </message>
    <message>
        <source>A SKU code is required (up to 64 characters, no surrounding spaces).</source>
        <translation>必须填写 SKU 编码（最多 64 个字符，首尾不能有空格）。</translation>
    </message>
    <message>
        <source>Each option needs a distinct name and a value.</source>
        <translation>每个规格选项都需要一个不重复的名称和一个值。</translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation>不存在 ID 为 %1 的分类。</translation>
    </message>
    <message>
        <source>The SKU code %1 is already used.</source>
        <translation>SKU 编码 %1 已被使用。</translation>
    </message>
    <message>
        <source>A category cannot be moved under itself.</source>
        <translation>分类不能移动到其自身之下。</translation>
    </message>
    <message>
        <source>No SKU with id %1.</source>
        <translation>不存在 ID 为 %1 的 SKU。</translation>
    </message>
    <message>
        <source>Only members have a cart.</source>
        <translation>只有会员才有购物车。</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1.</source>
        <translation>数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 is not for sale.</source>
        <translation>%1 不在售。</translation>
    </message>
    <message>
        <source>A cart holds at most %1 different items.</source>
        <translation>购物车最多可放 %1 种不同商品。</translation>
    </message>
    <message>
        <source>At most %1 of one item per order.</source>
        <translation>每个订单中同一商品最多 %1 件。</translation>
    </message>
    <message>
        <source>Only members can check out.</source>
        <translation>只有会员才能结算。</translation>
    </message>
    <message>
        <source>Choose one of your delivery addresses.</source>
        <translation>请选择一个收货地址。</translation>
    </message>
    <message>
        <source>Each item once, with a quantity between 1 and %1.</source>
        <translation>每种商品只能出现一次，数量须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Too many different items.</source>
        <translation>商品种类过多。</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>您的购物车是空的。</translation>
    </message>
    <message>
        <source>%1 is no longer for sale.</source>
        <translation>%1 已停售。</translation>
    </message>
    <message>
        <source>Only %1 of %2 left.</source>
        <translation>%2 仅剩 %1 件。</translation>
    </message>
    <message>
        <source>This coupon is not in your wallet.</source>
        <translation>此优惠券不在您的券包中。</translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation>此优惠券已被使用。</translation>
    </message>
    <message>
        <source>This coupon is not valid now.</source>
        <translation>此优惠券当前不在有效期内。</translation>
    </message>
    <message>
        <source>This coupon has run out.</source>
        <translation>此优惠券已用完。</translation>
    </message>
    <message>
        <source>An item sold out while you were checking out.</source>
        <translation>您结算期间有商品已售罄。</translation>
    </message>
    <message>
        <source>An idempotency key (1–200 characters) is required.</source>
        <translation>需要提供幂等键（1–200 个字符）。</translation>
    </message>
    <message>
        <source>Choose card, alipay, wechat or balance.</source>
        <translation>请选择 card（银行卡）、alipay（支付宝）、wechat（微信支付）或 balance（余额）。</translation>
    </message>
    <message>
        <source>This idempotency key was used for a different order request.</source>
        <translation>此幂等键已用于另一个下单请求。</translation>
    </message>
    <message>
        <source>Your balance does not cover this order.</source>
        <translation>您的余额不足以支付此订单。</translation>
    </message>
    <message>
        <source>The flash-sale price of %1 is no longer available to you.</source>
        <translation>您已无法再以秒杀价购买 %1。</translation>
    </message>
    <message>
        <source>This coupon has just run out.</source>
        <translation>此优惠券刚刚被用完。</translation>
    </message>
    <message>
        <source>You no longer have enough points.</source>
        <translation>您的积分已不足。</translation>
    </message>
    <message>
        <source>Your balance has changed; please try again.</source>
        <translation>您的余额已变动，请重试。</translation>
    </message>
    <message>
        <source>A claim code has 3 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>领取码须由 3 到 32 个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>活动结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A fixed coupon needs an amount.</source>
        <translation>固定金额优惠券需要设置金额。</translation>
    </message>
    <message>
        <source>A percentage must be between 0.01% and 100%.</source>
        <translation>折扣百分比必须在 0.01% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Choose the categories or products it applies to.</source>
        <translation>请选择适用的分类或商品。</translation>
    </message>
    <message>
        <source>The total limit cannot be negative.</source>
        <translation>发放总量上限不能为负数。</translation>
    </message>
    <message>
        <source>The per-member limit must be 1 to 1,000.</source>
        <translation>每位会员限领数量必须在 1 到 1,000 之间。</translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation>领取码 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 coupons were already used; the limit cannot be lower.</source>
        <translation>已有 %1 张优惠券被使用，上限不能低于此数。</translation>
    </message>
    <message>
        <source>An ended campaign cannot be restarted.</source>
        <translation>已结束的活动不能重新开始。</translation>
    </message>
    <message>
        <source>Only members claim coupons.</source>
        <translation>只有会员才能领取优惠券。</translation>
    </message>
    <message>
        <source>There is no coupon with this code.</source>
        <translation>没有对应此领取码的优惠券。</translation>
    </message>
    <message>
        <source>This coupon is not available now.</source>
        <translation>此优惠券当前不可领取。</translation>
    </message>
    <message>
        <source>You already hold as many of this coupon as allowed.</source>
        <translation>您持有的此优惠券数量已达上限。</translation>
    </message>
    <message>
        <source>Choose between 1 and 200,000 members.</source>
        <translation>请选择 1 到 200,000 名会员。</translation>
    </message>
    <message>
        <source>This campaign has ended.</source>
        <translation>此活动已结束。</translation>
    </message>
    <message>
        <source>You received a coupon</source>
        <translation>您收到了一张优惠券</translation>
    </message>
    <message>
        <source>The sale must end after it starts.</source>
        <translation>秒杀结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The per-member limit must be 1 to 999.</source>
        <translation>每位会员限购数量必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>Choose between 1 and 500 SKUs.</source>
        <translation>请选择 1 到 500 个 SKU。</translation>
    </message>
    <message>
        <source>A SKU appears twice.</source>
        <translation>有 SKU 重复出现。</translation>
    </message>
    <message>
        <source>The sale price of %1 must be below its price.</source>
        <translation>%1 的秒杀价必须低于原价。</translation>
    </message>
    <message>
        <source>Each SKU needs an allotment of at least 1.</source>
        <translation>每个 SKU 的活动库存至少为 1。</translation>
    </message>
    <message>
        <source>%1 units were already sold; the allotment cannot be lower.</source>
        <translation>已售出 %1 件，活动库存不能低于此数。</translation>
    </message>
    <message>
        <source>An ended flash sale cannot be changed.</source>
        <translation>已结束的秒杀活动不能修改。</translation>
    </message>
    <message>
        <source>Only the member can mark a notification read.</source>
        <translation>只有会员本人可以将通知标记为已读。</translation>
    </message>
    <message>
        <source>The message is too long (at most 2,000 characters).</source>
        <translation>消息过长（最多 2,000 个字符）。</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 members.</source>
        <translation>请选择 1 到 %1 名会员。</translation>
    </message>
    <message>
        <source>A consistency check failed: %1</source>
        <translation>一致性检查失败：%1</translation>
    </message>
    <message>
        <source>The order is no longer awaiting payment.</source>
        <translation>该订单已不处于待付款状态。</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>已收到付款</translation>
    </message>
    <message>
        <source>Order %1 is paid and being prepared.</source>
        <translation>订单 %1 已付款，正在备货。</translation>
    </message>
    <message>
        <source>More units of %1 than were bought and not yet refunded.</source>
        <translation>%1 的数量超过了已购买且尚未退款的数量。</translation>
    </message>
    <message>
        <source>The refunds would exceed what was paid.</source>
        <translation>退款总额将超过实付金额。</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>退款已到账</translation>
    </message>
    <message>
        <source>%1 was refunded for order %2.</source>
        <translation>订单 %2 已退款 %1。</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>You earned %1 points with order %2.</source>
        <translation>您通过订单 %2 获得了 %1 积分。</translation>
    </message>
    <message>
        <source>Order %1 is %2; it cannot be %3.</source>
        <translation>订单 %1 的状态为 %2，无法%3。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因过长。</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>由 %1 取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled after a shipment</source>
        <translation>在已发货后取消</translation>
    </message>
    <message>
        <source>Enter the carrier and the tracking number.</source>
        <translation>请填写快递公司和运单号。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Give each line once with a positive quantity.</source>
        <translation>每个订单行只能出现一次，且数量须为正数。</translation>
    </message>
    <message>
        <source>Everything in this order has been shipped.</source>
        <translation>此订单的所有商品均已发货。</translation>
    </message>
    <message>
        <source>More units of %1 than remain to ship.</source>
        <translation>%1 的数量超过了剩余待发货数量。</translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation>订单已发货</translation>
    </message>
    <message>
        <source>Order %1 is on its way: %2 %3.</source>
        <translation>订单 %1 已发出：%2 %3。</translation>
    </message>
    <message>
        <source>delivered before everything is shipped</source>
        <translation>在全部发货前标记为已送达</translation>
    </message>
    <message>
        <source>marked delivered</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation>订单已送达</translation>
    </message>
    <message>
        <source>Order %1 was delivered.</source>
        <translation>订单 %1 已送达。</translation>
    </message>
    <message>
        <source>Only the customer confirms receipt.</source>
        <translation>只有顾客本人可以确认收货。</translation>
    </message>
    <message>
        <source>completed before everything is shipped</source>
        <translation>在全部发货前完成</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not paid in time</source>
        <translation>超时未付款</translation>
    </message>
    <message>
        <source>The callback signature is not valid.</source>
        <translation>回调签名无效。</translation>
    </message>
    <message>
        <source>Only the customer pays for an order.</source>
        <translation>只有顾客本人可以为订单付款。</translation>
    </message>
    <message>
        <source>This order is not awaiting payment.</source>
        <translation>此订单不处于待付款状态。</translation>
    </message>
    <message>
        <source>The callback timestamp is outside the allowed window.</source>
        <translation>回调时间戳超出允许的时间范围。</translation>
    </message>
    <message>
        <source>The callback body is not a JSON object.</source>
        <translation>回调内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The callback is missing fields.</source>
        <translation>回调缺少字段。</translation>
    </message>
    <message>
        <source>This callback was already processed.</source>
        <translation>此回调已处理过。</translation>
    </message>
    <message>
        <source>No payment with this reference.</source>
        <translation>找不到此参考号对应的支付记录。</translation>
    </message>
    <message>
        <source>This payment is already %1.</source>
        <translation>此支付已处于 %1 状态。</translation>
    </message>
    <message>
        <source>The amount does not match the amount due.</source>
        <translation>金额与应付金额不符。</translation>
    </message>
    <message>
        <source>This payment is no longer pending.</source>
        <translation>此支付已不再处于待处理状态。</translation>
    </message>
    <message>
        <source>There is nothing to buy.</source>
        <translation>没有可购买的商品。</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>积分不能为负数。</translation>
    </message>
    <message>
        <source>You have %1 points; %2 were asked for.</source>
        <translation>您只有 %1 积分，但请求使用 %2 积分。</translation>
    </message>
    <message>
        <source>A line has an invalid quantity.</source>
        <translation>有一行商品的数量无效。</translation>
    </message>
    <message>
        <source>The order amount is too large.</source>
        <translation>订单金额过大。</translation>
    </message>
    <message>
        <source>This coupon does not apply to anything in the cart.</source>
        <translation>此优惠券不适用于购物车中的任何商品。</translation>
    </message>
    <message>
        <source>This coupon needs a spend of at least %1 on eligible items.</source>
        <translation>此优惠券需在适用商品上消费满 %1 才能使用。</translation>
    </message>
    <message>
        <source>Say why (up to 1,000 characters).</source>
        <translation>请说明原因（最多 1,000 个字符）。</translation>
    </message>
    <message>
        <source>Choose the items to refund.</source>
        <translation>请选择要退款的商品。</translation>
    </message>
    <message>
        <source>Only paid orders can be refunded.</source>
        <translation>只有已付款的订单才能退款。</translation>
    </message>
    <message>
        <source>A line appears twice.</source>
        <translation>有订单行重复出现。</translation>
    </message>
    <message>
        <source>At most %1 of %2 can still be refunded.</source>
        <translation>%2 最多还可退款 %1 件。</translation>
    </message>
    <message>
        <source>Refund to the original method or to store balance.</source>
        <translation>请选择原路退回或退至余额。</translation>
    </message>
    <message>
        <source>This refund is already %1.</source>
        <translation>此退款已处于 %1 状态。</translation>
    </message>
    <message>
        <source>This refund was decided meanwhile.</source>
        <translation>此退款在此期间已被处理。</translation>
    </message>
    <message>
        <source>fully refunded</source>
        <translation>已全额退款</translation>
    </message>
    <message>
        <source>Tell the customer why (up to 1,000 characters).</source>
        <translation>请告知顾客原因（最多 1,000 个字符）。</translation>
    </message>
    <message>
        <source>Refund request declined</source>
        <translation>退款申请已被拒绝</translation>
    </message>
    <message>
        <source>Only the customer reviews a purchase.</source>
        <translation>只有顾客本人可以评价所购商品。</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>评分须为 1 到 5 星。</translation>
    </message>
    <message>
        <source>A review has at most %1 characters.</source>
        <translation>评价最多 %1 个字符。</translation>
    </message>
    <message>
        <source>You can review an item once it has been delivered.</source>
        <translation>商品送达后才能评价。</translation>
    </message>
    <message>
        <source>This item can no longer be reviewed.</source>
        <translation>此商品已无法评价。</translation>
    </message>
    <message>
        <source>You have already reviewed this item.</source>
        <translation>您已评价过此商品。</translation>
    </message>
    <message>
        <source>A reply has 1 to %1 characters.</source>
        <translation>回复须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store already has products; demo data goes only into an empty store.</source>
        <translation>店铺中已有商品；演示数据只能导入空店铺。</translation>
    </message>
    <message>
        <source>The demo word lists are missing from the build.</source>
        <translation>此版本缺少演示用词表。</translation>
    </message>
    <message>
        <source>An address needs a recipient, a region and a street address.</source>
        <translation>地址需包含收件人、地区和详细地址。</translation>
    </message>
    <message>
        <source>A part of the address is too long.</source>
        <translation>地址的某一部分过长。</translation>
    </message>
    <message>
        <source>This e-mail address is already registered.</source>
        <translation>此电子邮箱已被注册。</translation>
    </message>
    <message>
        <source>This phone number is already registered.</source>
        <translation>此手机号已被注册。</translation>
    </message>
    <message>
        <source>Give an e-mail address or a mobile phone number.</source>
        <translation>请提供电子邮箱或手机号。</translation>
    </message>
    <message>
        <source>Keep an e-mail address or a mobile phone number.</source>
        <translation>请至少保留电子邮箱或手机号之一。</translation>
    </message>
    <message>
        <source>At most 50 addresses can be kept.</source>
        <translation>最多可保存 50 个地址。</translation>
    </message>
    <message>
        <source>Only members keep favorites.</source>
        <translation>只有会员才能收藏。</translation>
    </message>
    <message>
        <source>The data file has schema version %1, newer than this program knows (%2). Please update MerchantDesk.</source>
        <translation>数据文件的结构版本为 %1，高于本程序支持的版本（%2）。请更新 MerchantDesk。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>数据迁移 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows.</source>
        <translation>“%1”的小数位数超过了 %2 允许的位数。</translation>
    </message>
    <message>
        <source>Amounts in different currencies.</source>
        <translation>金额的币种不一致。</translation>
    </message>
    <message>
        <source>Your role may not do this (%1 is needed).</source>
        <translation>您的角色无权执行此操作（需要“%1”权限）。</translation>
    </message>
    <message>
        <source>view the catalog</source>
        <translation>查看商品目录</translation>
    </message>
    <message>
        <source>edit products, SKUs and categories</source>
        <translation>编辑商品、SKU 和分类</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>view orders</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <source>ship orders</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>create refunds</source>
        <translation>创建退款</translation>
    </message>
    <message>
        <source>approve or reject refunds</source>
        <translation>批准或拒绝退款</translation>
    </message>
    <message>
        <source>view members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>edit member details</source>
        <translation>编辑会员资料</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>adjust store balance</source>
        <translation>调整余额</translation>
    </message>
    <message>
        <source>override member tiers</source>
        <translation>手动调整会员等级</translation>
    </message>
    <message>
        <source>manage coupons and flash sales</source>
        <translation>管理优惠券和秒杀</translation>
    </message>
    <message>
        <source>issue coupons to members</source>
        <translation>向会员发放优惠券</translation>
    </message>
    <message>
        <source>moderate reviews</source>
        <translation>审核评价</translation>
    </message>
    <message>
        <source>broadcast notifications</source>
        <translation>群发通知</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>view financial figures</source>
        <translation>查看财务数据</translation>
    </message>
    <message>
        <source>import and export data</source>
        <translation>导入和导出数据</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>管理员工</translation>
    </message>
    <message>
        <source>change store settings</source>
        <translation>修改店铺设置</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>This shop already has staff accounts.</source>
        <translation>此店铺已有员工账号。</translation>
    </message>
    <message>
        <source>A staff account with this e-mail exists.</source>
        <translation>已存在使用此邮箱的员工账号。</translation>
    </message>
    <message>
        <source>The shop must keep at least one active owner.</source>
        <translation>店铺必须至少保留一名启用状态的店主。</translation>
    </message>
    <message>
        <source>Enter a non-zero change of stock.</source>
        <translation>请输入非零的库存变动量。</translation>
    </message>
    <message>
        <source>Sales, cancellations and returns change stock through their orders.</source>
        <translation>销售、取消和退货会通过相应订单变动库存。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>Only %1 in stock; the adjustment would make it negative.</source>
        <translation>库存仅剩 %1，此调整会使库存变为负数。</translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation>未知的设置项 %1。</translation>
    </message>
    <message>
        <source>%1 is not a valid value for %2.</source>
        <translation>%1 不是 %2 的有效值。</translation>
    </message>
    <message>
        <source>Tier thresholds must rise from silver to gold to platinum.</source>
        <translation>会员等级门槛必须按白银、黄金、铂金依次递增。</translation>
    </message>
    <message>
        <source>A name or title is required.</source>
        <translation>必须填写名称或标题。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is implausibly large.</source>
        <translation>金额大得不合理。</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>数量超出范围。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>This is not a valid mobile phone number.</source>
        <translation>这不是有效的手机号。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>不存在 ID 为 %2 的 %1。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 meanwhile; reload it and try again.</source>
        <translation>此 %1 已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Unknown reason %1.</source>
        <translation>未知的原因类型 %1。</translation>
    </message>
    <message>
        <source>Enter a non-zero amount that fits the reason.</source>
        <translation>请输入与原因相符的非零数额。</translation>
    </message>
    <message>
        <source>Say why (a note of up to 500 characters).</source>
        <translation>请说明原因（备注最多 500 个字符）。</translation>
    </message>
    <message>
        <source>The member has only %1 points.</source>
        <translation>该会员只有 %1 积分。</translation>
    </message>
    <message>
        <source>The member&apos;s balance is too low for this deduction.</source>
        <translation>该会员余额不足，无法扣除。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>No open transaction to commit.</source>
        <translation>没有可提交的事务。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>正在打开店铺</translation>
    </message>
    <message>
        <source>The storefront server could not start on %1:%2: %3</source>
        <translation>店铺前台服务器无法在 %1:%2 上启动：%3</translation>
    </message>
    <message>
        <source>The server sent an unknown column %1.%2.</source>
        <translation>服务器发送了未知的列 %1.%2。</translation>
    </message>
    <message>
        <source>The change log names an unknown kind of record: %1.</source>
        <translation>变更日志中出现了未知的记录类型：%1。</translation>
    </message>
    <message>
        <source>The server sent an unknown kind of record: %1.</source>
        <translation>服务器发送了未知的记录类型：%1。</translation>
    </message>
    <message>
        <source>%1 is not a replicated table.</source>
        <translation>%1 不是可同步的数据表。</translation>
    </message>
    <message>
        <source>The store is not SQLite.</source>
        <translation>店铺数据库不是 SQLite。</translation>
    </message>
    <message>
        <source>The server sent an unknown table %1.</source>
        <translation>服务器发送了未知的数据表 %1。</translation>
    </message>
    <message>
        <source>The server sent a malformed row of %1.</source>
        <translation>服务器发送的 %1 数据行格式有误。</translation>
    </message>
    <message>
        <source>No review with id %1.</source>
        <translation>不存在 ID 为 %1 的评价。</translation>
    </message>
    <message>
        <source>keep a local copy of the shop in the desktop app</source>
        <translation>在桌面应用中保存店铺的本地副本</translation>
    </message>
    <message>
        <source>The cursor is negative.</source>
        <translation>同步游标不能为负数。</translation>
    </message>
    <message>
        <source>This copy is too old to catch up; it must be copied again from the start.</source>
        <translation>此本地副本过旧，无法追上变更，需要从头重新同步。</translation>
    </message>
    <message>
        <source>Invalid items.</source>
        <translation>商品项无效。</translation>
    </message>
    <message>
        <source>Send an Idempotency-Key header (1–200 characters).</source>
        <translation>请发送 Idempotency-Key 请求头（1–200 个字符）。</translation>
    </message>
    <message>
        <source>entityId is required.</source>
        <translation>必须提供 entityId。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>payload must be an object.</source>
        <translation>payload 必须是一个对象。</translation>
    </message>
    <message>
        <source>id must be a UUID.</source>
        <translation>id 必须是 UUID。</translation>
    </message>
    <message>
        <source>Unknown command type %1.</source>
        <translation>未知的命令类型 %1。</translation>
    </message>
    <message>
        <source>Only staff send commands.</source>
        <translation>只有员工可以发送命令。</translation>
    </message>
    <message>
        <source>This command id was used by someone else.</source>
        <translation>此命令 ID 已被他人使用。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 items.</source>
        <translation>%1 必须是最多包含 %2 项的列表。</translation>
    </message>
    <message>
        <source>Each item of %1 must be an object.</source>
        <translation>%1 的每一项都必须是对象。</translation>
    </message>
    <message>
        <source>These fields cannot be set here: %1.</source>
        <translation>此处不能设置这些字段：%1。</translation>
    </message>
    <message>
        <source>Each item of %1 must be a text of at most %2 characters.</source>
        <translation>%1 的每一项都必须是最多 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>Each item of %1 must be a whole number between %2 and %3.</source>
        <translation>%1 的每一项都必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time with a zone, such as 2026-11-11T02:30:00Z.</source>
        <translation>%1 必须是带时区的 ISO 8601 时间，例如 2026-11-11T02:30:00Z。</translation>
    </message>
    <message>
        <source>outcome is success or failure.</source>
        <translation>outcome 必须是 success 或 failure。</translation>
    </message>
    <message>
        <source>A command is an object.</source>
        <translation>每条命令必须是一个对象。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>服务器返回了错误（%1）。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The RFM window must end after it begins.</source>
        <translation>RFM 分析的时间窗口必须在开始之后结束。</translation>
    </message>
    <message>
        <source>A report needs a start and an end date (YYYY-MM-DD).</source>
        <translation>报表需要开始日期和结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The report&apos;s start date is after its end date.</source>
        <translation>报表的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation>未知的时区 %1。</translation>
    </message>
    <message>
        <source>Unknown bucket %1: use day, week or month.</source>
        <translation>未知的汇总周期 %1：请使用 day、week 或 month。</translation>
    </message>
</context>
<context>
    <name>RfmScorer</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜力忠诚客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不可流失客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back office for an online shop.</source>
        <translation>网店后台管理系统。</translation>
    </message>
    <message>
        <source>The shop&apos;s data folder.</source>
        <translation>店铺的数据文件夹。</translation>
    </message>
    <message>
        <source>Port of the embedded storefront (0: any free port).</source>
        <translation>内置店铺前台的端口（0 表示任意空闲端口）。</translation>
    </message>
    <message>
        <source>Start a new shop empty instead of with demo data.</source>
        <translation>新建店铺时不导入演示数据。</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <source>Preparing the shop: %1</source>
        <translation>正在准备店铺：%1</translation>
    </message>
    <message>
        <source>The shop could not be opened.

%1</source>
        <translation>无法打开店铺。

%1</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>将主窗口截图保存到 FILE 后退出。</translation>
    </message>
</context>
<context>
    <name>md::CatalogView</name>
    <message>
        <source>Search products by title or SKU code</source>
        <translation>按标题或 SKU 编码搜索商品</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>第 %1 行：带引号的字段直到文件末尾都未闭合</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2</source>
        <translation>第 %1 行：字段 %2 的右引号之后还有文本</translation>
    </message>
    <message>
        <source>line %1: a quote inside unquoted field %2 (quote the field and double the quote)</source>
        <translation>第 %1 行：未加引号的字段 %2 中含有引号（请给字段加引号，并把其中的引号写两遍）</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>第 %1 行：有 %2 个字段，而表头有 %3 个</translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <source>MerchantDesk — %1</source>
        <translation>MerchantDesk — %1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Storefront: not running</source>
        <translation>店铺前台：未运行</translation>
    </message>
    <message>
        <source>Storefront: %1</source>
        <translation>店铺前台：%1</translation>
    </message>
</context>
<context>
    <name>md::ProductTableModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>md::ReportCommand</name>
    <message>
        <source>Store folder.</source>
        <translation>店铺数据文件夹。</translation>
    </message>
    <message>
        <source>Report name, or list.</source>
        <translation>报表名称，或 list 列出全部报表。</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation>day（日）、week（周）或 month（月）。</translation>
    </message>
    <message>
        <source>Add the previous period&apos;s totals.</source>
        <translation>附上上一周期的合计。</translation>
    </message>
    <message>
        <source>csv.</source>
        <translation>csv。</translation>
    </message>
    <message>
        <source>File instead of stdout.</source>
        <translation>输出到文件而不是标准输出。</translation>
    </message>
    <message>
        <source>Unknown report %1; --report list shows them.</source>
        <translation>未知的报表 %1；用 --report list 查看所有报表。</translation>
    </message>
    <message>
        <source>Unsupported format %1: only csv for now.</source>
        <translation>不支持的格式 %1：目前只支持 csv。</translation>
    </message>
    <message>
        <source>No store at %1 (give --data-dir).</source>
        <translation>%1 处没有店铺数据（请用 --data-dir 指定）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>md::SalesReport</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <source>Tier discount</source>
        <translation>会员等级折扣</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>优惠券折扣</translation>
    </message>
    <message>
        <source>Points discount</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均客单价</translation>
    </message>
</context>
<context>
    <name>md::SyncEngine</name>
    <message>
        <source>This change refers to a record the server refused to create (%1).</source>
        <translation>此更改涉及一条服务器拒绝创建的记录（%1）。</translation>
    </message>
</context>
</TS>
