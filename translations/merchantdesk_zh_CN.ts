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
    <message>
        <source>Order %1 has an unknown status.</source>
        <translation>订单 %1 的状态未知。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This computer (local owner)</source>
        <translation>本机（本地店主）</translation>
    </message>
    <message>
        <source>The store is shutting down; please try again.</source>
        <translation>店铺正在关闭，请稍后重试。</translation>
    </message>
    <message>
        <source>The server address must look like https://shop.example.com or http://192.168.1.5:8080.</source>
        <translation>服务器地址的格式应类似 https://shop.example.com 或 http://192.168.1.5:8080。</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>邮箱或密码不正确。</translation>
    </message>
    <message>
        <source>%1 does not answer like a MerchantDesk storefront (status %2).</source>
        <translation>%1 的响应不像 MerchantDesk 店铺前台（状态码 %2）。</translation>
    </message>
    <message>
        <source>order history</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <source>recent orders</source>
        <translation>近期订单</translation>
    </message>
    <message>
        <source>The demo shop was not made: it was stopped.</source>
        <translation>演示店铺未创建：已被停止。</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>商品小计</translation>
    </message>
    <message>
        <source>Member tier discount</source>
        <translation>会员等级折扣</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>优惠券折扣</translation>
    </message>
    <message>
        <source>Points (%1) redeemed</source>
        <translation>积分抵扣（%1 积分）</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Paid from store balance</source>
        <translation>余额支付</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>已付（%1）</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>销售单</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>下单时间：%1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>付款时间：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货信息</translation>
    </message>
    <message>
        <source>Printing needs the desktop&apos;s fonts (a GUI application).</source>
        <translation>打印需要桌面环境的字体（图形界面应用程序）。</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>销售单 %1</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>发货单 %1</translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation>无法写入该文档。</translation>
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
        <source>Work with the storefront server at URL as a member of staff (the password from MERCHANTDESK_PASSWORD, else asked).</source>
        <translation>以员工身份连接位于 URL 的店铺前台服务器（密码取自 MERCHANTDESK_PASSWORD，未设置时会询问）。</translation>
    </message>
    <message>
        <source>The staff e-mail to sign in to --server with.</source>
        <translation>登录 --server 所用的员工邮箱。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (a %1 in FILE: one picture per area, named by it).</source>
        <translation>将主窗口截图保存到 FILE 后退出（FILE 中含 %1 时：每个功能区保存一张，以功能区名称命名）。</translation>
    </message>
    <message>
        <source>Print when the window is ready for work, then quit (for the start-up benchmark).</source>
        <translation>窗口可以使用时输出提示并退出（用于启动性能测试）。</translation>
    </message>
</context>
<context>
    <name>md::BasketReport</name>
    <message>
        <source>Product id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Also bought id</source>
        <translation>连带商品 ID</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>连带购买商品</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同时购买的订单数</translation>
    </message>
    <message>
        <source>Orders with the product</source>
        <translation>含该商品的订单数</translation>
    </message>
    <message>
        <source>Orders with the other</source>
        <translation>含连带商品的订单数</translation>
    </message>
    <message>
        <source>Support %</source>
        <translation>支持度 %</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>置信度 %</translation>
    </message>
    <message>
        <source>Lift %</source>
        <translation>提升度 %</translation>
    </message>
    <message>
        <source>Basket analysis</source>
        <translation>购物篮分析</translation>
    </message>
</context>
<context>
    <name>md::BulkPriceDialog</name>
    <message>
        <source>Enter a percentage with at most two decimals, e.g. 10 or -12.5.</source>
        <translation>请输入最多两位小数的百分比，如 10 或 -12.5。</translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount with at most %n decimal(s), e.g. 5 or -2.50.</source>
        <translation>
            <numerusform>请输入最多 %n 位小数的金额，如 5 或 -2.50。</numerusform>
        </translation>
    </message>
    <message>
        <source>The price of %1 would fall below zero.</source>
        <translation>%1 的价格将低于零。</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) change price.</source>
        <translation>
            <numerusform>%n 个 SKU 的价格将变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change prices of %n SKU(s)</source>
        <translation>
            <numerusform>修改 %n 个 SKU 的价格</numerusform>
        </translation>
    </message>
    <message>
        <source>By percentage (%)</source>
        <translation>按百分比（%）</translation>
    </message>
    <message>
        <source>By a fixed amount</source>
        <translation>按固定金额</translation>
    </message>
    <message>
        <source>e.g. 10 or -5</source>
        <translation>如 10 或 -5</translation>
    </message>
    <message>
        <source>A percentage: new price = old price × (100 % + the percentage), rounded half up to the smallest unit of the currency (e.g. 10.05 + 10 % = 11.055 → 11.06). A fixed amount is added to every price as typed. No price may fall below zero.</source>
        <translation>按百分比：新价格 = 原价 × (100% + 百分比)，四舍五入到货币的最小单位（例如 10.05 + 10% = 11.055 → 11.06）。按固定金额：每个价格加上所填金额。任何价格都不能低于零。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>&amp;Change prices</source>
        <translation>修改价格(&amp;C)</translation>
    </message>
</context>
<context>
    <name>md::CampaignDialog</name>
    <message>
        <source>The amount off is not an amount of money.</source>
        <translation>减免金额不是有效金额。</translation>
    </message>
    <message>
        <source>The maximum discount is not an amount of money.</source>
        <translation>最高优惠不是有效金额。</translation>
    </message>
    <message>
        <source>The minimum spend is not an amount of money.</source>
        <translation>最低消费不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>“%1”不是有效的 ID。</translation>
    </message>
    <message>
        <source>Edit coupon campaign</source>
        <translation>编辑优惠券活动</translation>
    </message>
    <message>
        <source>New coupon campaign</source>
        <translation>新建优惠券活动</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Claim &amp;code:</source>
        <translation>领取码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation>减免金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>折扣百分比(&amp;P)：</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>最多优惠(&amp;M)：</translation>
    </message>
    <message>
        <source>Minimum &amp;spend:</source>
        <translation>最低消费(&amp;S)：</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>适用范围(&amp;T)：</translation>
    </message>
    <message>
        <source>Category or product &amp;ids:</source>
        <translation>分类或商品 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Uses in all:</source>
        <translation>发放总量(&amp;U)：</translation>
    </message>
    <message>
        <source>Per mem&amp;ber:</source>
        <translation>每人限领(&amp;B)：</translation>
    </message>
    <message>
        <source>Empty: only issued by staff</source>
        <translation>留空：仅由员工发放</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Some categories</source>
        <translation>指定分类</translation>
    </message>
    <message>
        <source>Some products</source>
        <translation>指定商品</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>md::CampaignTableModel</name>
    <message>
        <source>%1 off</source>
        <translation>立减 %1</translation>
    </message>
    <message>
        <source>%1% off (at most %2)</source>
        <translation>优惠 %1%（最多 %2）</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>优惠 %1%</translation>
    </message>
    <message>
        <source>(issued only)</source>
        <translation>（仅限发放）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 per member, %2 uses in all</source>
        <translation>每人 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>%1 per member</source>
        <translation>每人 %1 张</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>领取码</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>领取限制</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放数</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用数</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation>相关订单销售额</translation>
    </message>
</context>
<context>
    <name>md::CatalogCommands</name>
    <message>
        <source>%1: somebody changed it in the meantime; reopen it and try again.</source>
        <translation>%1：已被他人修改，请重新打开后再试。</translation>
    </message>
    <message>
        <source>%1: the shop refused the change.</source>
        <translation>%1：店铺拒绝了此更改。</translation>
    </message>
</context>
<context>
    <name>md::CatalogReader</name>
    <message numerus="yes">
        <source>More than %n products: choose a smaller category.</source>
        <translation>
            <numerusform>商品超过 %n 个：请选择范围更小的分类。</numerusform>
        </translation>
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
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>无法读取商品目录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Change prices of %n SKU(s)</source>
        <translation>
            <numerusform>修改 %n 个 SKU 的价格</numerusform>
        </translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>未能完成此更改。</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>编辑商品(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>修改价格(&amp;P)…</translation>
    </message>
    <message>
        <source>Change the prices of the selected products, or of the chosen category</source>
        <translation>修改所选商品或所选分类的价格</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Undo or redo of “%1”</source>
        <translation>撤销或重做“%1”</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>md::CategoryPanel</name>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation>店铺拒绝了此操作。</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Name of the new category under %1:</source>
        <translation>%1 下新分类的名称：</translation>
    </message>
    <message>
        <source>Name of the new top-level category:</source>
        <translation>新顶级分类的名称：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>New parent:</source>
        <translation>新的上级分类：</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>A new category under the chosen one</source>
        <translation>在所选分类下新建分类</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
</context>
<context>
    <name>md::CategoryReport</name>
    <message>
        <source>Category id</source>
        <translation>分类 ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级分类</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>md::CategoryResolver</name>
    <message>
        <source>Imported</source>
        <translation>导入商品</translation>
    </message>
</context>
<context>
    <name>md::CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Usually the column &quot;%1&quot;</source>
        <translation>通常为“%1”列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>商品标识（Handle）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
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
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image position</source>
        <translation>图片位置</translation>
    </message>
    <message>
        <source>Variant image</source>
        <translation>规格图片</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>发票日期</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顾客 ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>规格 %1 名称</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>规格 %1 值</translation>
    </message>
</context>
<context>
    <name>md::ConflictTableModel</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>归档商品</translation>
    </message>
    <message>
        <source>New SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <source>Edit SKU</source>
        <translation>编辑 SKU</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>编辑分类</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>移动分类</translation>
    </message>
    <message>
        <source>Ship order</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>New refund</source>
        <translation>新建退款</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <source>New coupon campaign</source>
        <translation>新建优惠券活动</translation>
    </message>
    <message>
        <source>Edit coupon campaign</source>
        <translation>编辑优惠券活动</translation>
    </message>
    <message>
        <source>Pause coupon campaign</source>
        <translation>暂停优惠券活动</translation>
    </message>
    <message>
        <source>Resume coupon campaign</source>
        <translation>恢复优惠券活动</translation>
    </message>
    <message>
        <source>Issue coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>New flash sale</source>
        <translation>新建秒杀</translation>
    </message>
    <message>
        <source>Edit flash sale</source>
        <translation>编辑秒杀</translation>
    </message>
    <message>
        <source>End flash sale</source>
        <translation>结束秒杀</translation>
    </message>
    <message>
        <source>Hide review</source>
        <translation>隐藏评价</translation>
    </message>
    <message>
        <source>Show review</source>
        <translation>显示评价</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>回复评价</translation>
    </message>
    <message>
        <source>Override member tier</source>
        <translation>手动调整会员等级</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation>调整余额</translation>
    </message>
    <message>
        <source>Broadcast notification</source>
        <translation>群发通知</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <source>Disable staff account</source>
        <translation>停用员工账号</translation>
    </message>
    <message>
        <source>Enable staff account</source>
        <translation>启用员工账号</translation>
    </message>
    <message>
        <source>Change staff role</source>
        <translation>修改员工角色</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Coupon campaign</source>
        <translation>优惠券活动</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>秒杀活动</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新建）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>md::ConflictsPanel</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Every change reached the server.</source>
        <translation>所有更改均已送达服务器。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the server keeps what it has</source>
        <translation>从列表中移除所选条目；服务器上的数据保持不变</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>On the server now: %1</source>
        <translation>服务器当前数据：%1</translation>
    </message>
    <message>
        <source>Search conflicts by change, record or reason</source>
        <translation>按更改、记录或原因搜索冲突</translation>
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
    <name>md::DashboardView</name>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 left, threshold %4</source>
        <translation>%1（%2）：剩余 %3，预警值 %4</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message numerus="yes">
        <source>Sales of the last %n day(s) (%1)</source>
        <translation>
            <numerusform>最近 %n 天的销售额（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>今日订单</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>今日销售额</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>库存不足</translation>
    </message>
</context>
<context>
    <name>md::DeskApplication</name>
    <message>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
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
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The server refused your sign-in.</source>
        <translation>服务器拒绝了您的登录。</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
</context>
<context>
    <name>md::DeskSession</name>
    <message>
        <source>Your staff account is not on this computer yet: changes can be made once the first sync has finished.</source>
        <translation>您的员工账号尚未同步到本机：首次同步完成后才能进行更改。</translation>
    </message>
    <message>
        <source>Your staff account is disabled.</source>
        <translation>您的员工账号已被停用。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The shop is not open yet.</source>
        <translation>店铺尚未打开。</translation>
    </message>
    <message>
        <source>The copy of the shop was stopped. It goes on from where it stopped at the next sync.</source>
        <translation>店铺数据的复制已停止。下次同步时会从停止处继续。</translation>
    </message>
</context>
<context>
    <name>md::ExportCommand</name>
    <message>
        <source>Store folder.</source>
        <translation>店铺数据文件夹。</translation>
    </message>
    <message>
        <source>products or members.</source>
        <translation>products（商品）或 members（会员）。</translation>
    </message>
    <message>
        <source>products: native (default) or shopify.</source>
        <translation>products：native（默认）或 shopify。</translation>
    </message>
    <message>
        <source>File instead of stdout.</source>
        <translation>输出到文件而不是标准输出。</translation>
    </message>
    <message>
        <source>Unknown export %1: products or members.</source>
        <translation>未知的导出类型 %1：请用 products 或 members。</translation>
    </message>
    <message>
        <source>Unknown product format %1 (shopify or native).</source>
        <translation>未知的商品格式 %1（shopify 或 native）。</translation>
    </message>
    <message>
        <source>Members have one format; leave out --format.</source>
        <translation>会员只有一种格式，请勿指定 --format。</translation>
    </message>
    <message>
        <source>No store at %1 (give --data-dir).</source>
        <translation>%1 处没有店铺数据（请用 --data-dir 指定）。</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>products: %1, SKUs: %2, images: %3</source>
        <translation>商品：%1，SKU：%2，图片：%3</translation>
    </message>
    <message>
        <source>members: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>md::ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>Products, as Shopify product CSV</source>
        <translation>商品（Shopify 商品 CSV）</translation>
    </message>
    <message>
        <source>Products, as MerchantDesk product CSV</source>
        <translation>商品（MerchantDesk 商品 CSV）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>正在导出第 %1 条，共 %2 条…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>没有导出任何内容。</translation>
    </message>
</context>
<context>
    <name>md::ExportOptions</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>导出已取消，没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>md::ExportWorker</name>
    <message>
        <source>The file %1 cannot be created (%2). Choose another folder or name.</source>
        <translation>无法创建文件 %1（%2）。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The members could not be exported: %1</source>
        <translation>会员导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名会员写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The products could not be exported: %1</source>
        <translation>商品导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with %1 SKU(s) written to %2.</source>
        <translation>
            <numerusform>已将 %n 个商品（共 %1 个 SKU）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because the format cannot express them: %1</source>
        <translation>以下内容因该格式无法表示而未导出：%1</translation>
    </message>
    <message>
        <source>The file %1 could not be saved (%2). Check that the disk is not full and that you may write to that folder.</source>
        <translation>无法保存文件 %1（%2）。请检查磁盘是否已满，以及您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
</context>
<context>
    <name>md::FinanceReport</name>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Card received</source>
        <translation>银行卡收款</translation>
    </message>
    <message>
        <source>Alipay received</source>
        <translation>支付宝收款</translation>
    </message>
    <message>
        <source>WeChat Pay received</source>
        <translation>微信支付收款</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款合计</translation>
    </message>
    <message>
        <source>Refunds paid out</source>
        <translation>原路退款</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>净收款</translation>
    </message>
    <message>
        <source>Refunds to balance</source>
        <translation>退至余额</translation>
    </message>
    <message>
        <source>Balance top-ups</source>
        <translation>余额充值</translation>
    </message>
    <message>
        <source>Balance spent</source>
        <translation>余额消费</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>未用余额</translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation>未用积分</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
</context>
<context>
    <name>md::FlashSaleDialog</name>
    <message>
        <source>Give the flash sale a name.</source>
        <translation>请为秒杀活动命名。</translation>
    </message>
    <message>
        <source>The flash sale must end after it starts.</source>
        <translation>秒杀结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Item %1: the SKU id is not a number.</source>
        <translation>第 %1 项：SKU ID 不是数字。</translation>
    </message>
    <message>
        <source>Item %1: the sale price is not an amount of money.</source>
        <translation>第 %1 项：秒杀价不是有效金额。</translation>
    </message>
    <message>
        <source>Item %1: the allotment must be at least one unit.</source>
        <translation>第 %1 项：活动库存至少为 1 件。</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>请至少添加一个商品。</translation>
    </message>
    <message>
        <source>Edit flash sale</source>
        <translation>编辑秒杀</translation>
    </message>
    <message>
        <source>New flash sale</source>
        <translation>新建秒杀</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Units per &amp;member:</source>
        <translation>每人限购(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Coupons may be used on these items</source>
        <translation>这些商品可使用优惠券(&amp;C)</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>秒杀价</translation>
    </message>
    <message>
        <source>Units allotted</source>
        <translation>活动库存</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加商品(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>移除商品(&amp;R)</translation>
    </message>
</context>
<context>
    <name>md::FlashSaleTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>已提前结束</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>秒杀活动</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品数</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>每人限购</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>可用优惠券</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation>相关订单销售额</translation>
    </message>
</context>
<context>
    <name>md::FunnelReport</name>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
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
        <source>Product views</source>
        <translation>商品浏览量</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>加购次数</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>下单数</translation>
    </message>
    <message>
        <source>Orders paid</source>
        <translation>付款订单数</translation>
    </message>
    <message>
        <source>View → cart %</source>
        <translation>浏览→加购 %</translation>
    </message>
    <message>
        <source>Cart → order %</source>
        <translation>加购→下单 %</translation>
    </message>
    <message>
        <source>Order → paid %</source>
        <translation>下单→付款 %</translation>
    </message>
    <message>
        <source>View → paid %</source>
        <translation>浏览→付款 %</translation>
    </message>
    <message>
        <source>Conversion funnel by product</source>
        <translation>商品转化漏斗</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>md::GzipDevice</name>
    <message>
        <source>cannot start inflating</source>
        <translation>无法开始解压</translation>
    </message>
    <message>
        <source>the compressed file ends too early</source>
        <translation>压缩文件提前结束</translation>
    </message>
    <message>
        <source>corrupt compressed data: %1</source>
        <translation>压缩数据已损坏：%1</translation>
    </message>
</context>
<context>
    <name>md::ImportCommand</name>
    <message>
        <source>historical order lines, Online Retail shape (CSV or .csv.gz)</source>
        <translation>历史订单行，Online Retail 格式（CSV 或 .csv.gz）</translation>
    </message>
    <message>
        <source>products, Shopify&apos;s product CSV or the native one (--format shopify|native)</source>
        <translation>商品，Shopify 商品 CSV 或原生商品 CSV（--format shopify|native）</translation>
    </message>
    <message>
        <source>members (the member CSV of --export members)</source>
        <translation>会员（即 --export members 导出的会员 CSV）</translation>
    </message>
    <message>
        <source>Store folder.</source>
        <translation>店铺数据文件夹。</translation>
    </message>
    <message>
        <source>What to import, or list.</source>
        <translation>要导入的内容，或 list 列出全部类型。</translation>
    </message>
    <message>
        <source>Currency of the file&apos;s amounts (ISO 4217).</source>
        <translation>文件中金额的币种（ISO 4217）。</translation>
    </message>
    <message>
        <source>Time zone the file&apos;s times are written in.</source>
        <translation>文件中时间所用的时区。</translation>
    </message>
    <message>
        <source>Import the good rows of a file with rejected ones.</source>
        <translation>文件中有被拒绝的行时，仍导入其余正确的行。</translation>
    </message>
    <message>
        <source>products: shopify or native (guessed from the header).</source>
        <translation>products：shopify 或 native（默认根据表头判断）。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown import kind %1; --import list shows them.</source>
        <translation>未知的导入类型 %1；用 --import list 查看所有类型。</translation>
    </message>
    <message>
        <source>Usage: --data-dir DIR --import %1 FILE [--currency CODE] [--timezone ZONE] [--skip-bad-rows]</source>
        <translation>用法：--data-dir DIR --import %1 FILE [--currency CODE] [--timezone ZONE] [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation>被拒绝的行数：%1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>rows read: %1</source>
        <translation>已读取行数：%1</translation>
    </message>
    <message>
        <source>rows skipped on purpose: %1</source>
        <translation>按规则跳过的行数：%1</translation>
    </message>
    <message>
        <source>prices rounded to the minor unit (half even): %1</source>
        <translation>舍入到最小货币单位的价格（四舍六入五成双）：%1</translation>
    </message>
    <message>
        <source>nothing imported: the file has rejected rows (fix them, or give --skip-bad-rows to import the rest)</source>
        <translation>未导入任何数据：文件中有被拒绝的行（请修正，或使用 --skip-bad-rows 导入其余行）</translation>
    </message>
    <message>
        <source>orders: %1 (guest orders: %2)</source>
        <translation>订单：%1（游客订单：%2）</translation>
    </message>
    <message>
        <source>refunds (return orders): %1</source>
        <translation>退款（退货订单）：%1</translation>
    </message>
    <message>
        <source>order lines: %1</source>
        <translation>订单行：%1</translation>
    </message>
    <message>
        <source>customers created: %1</source>
        <translation>新建顾客：%1</translation>
    </message>
    <message>
        <source>SKUs created: %1</source>
        <translation>新建 SKU：%1</translation>
    </message>
    <message>
        <source>invoices already in the store (left out): %1</source>
        <translation>店铺中已有的发票（已略过）：%1</translation>
    </message>
    <message>
        <source>time: %1 s</source>
        <translation>用时：%1 秒</translation>
    </message>
</context>
<context>
    <name>md::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import products, members or historical orders from a file</source>
        <translation>从文件导入商品、会员或历史订单</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the products or the members to a file</source>
        <translation>将商品或会员导出到文件</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>商品标识</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>md::ImportRunners</name>
    <message>
        <source>Unknown product format %1 (shopify or native).</source>
        <translation>未知的商品格式 %1（shopify 或 native）。</translation>
    </message>
    <message>
        <source>Product prices are read in the store&apos;s currency, %1.</source>
        <translation>商品价格按店铺币种 %1 读取。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>products: %1 (created %2, updated %3, unchanged %4)</source>
        <translation>商品：%1（新建 %2，更新 %3，未变 %4）</translation>
    </message>
    <message>
        <source>SKUs: created %1, updated %2, unchanged %3</source>
        <translation>SKU：新建 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>time: %1 s</source>
        <translation>用时：%1 秒</translation>
    </message>
    <message>
        <source>members: %1 (created %2, updated %3, unchanged %4)</source>
        <translation>会员：%1（新建 %2，更新 %3，未变 %4）</translation>
    </message>
    <message>
        <source>ledger entries: points %1, balance %2</source>
        <translation>流水记录：积分 %1 条，余额 %2 条</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>rows rejected: %1</source>
        <translation>被拒绝的行数：%1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>columns ignored: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>not written; without the rejected rows the file would give:</source>
        <translation>未写入；去掉被拒绝的行后，该文件将导入：</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>cancelled: nothing imported</source>
        <translation>已取消：未导入任何数据</translation>
    </message>
    <message>
        <source>nothing imported: the file has rejected rows (fix them, or give --skip-bad-rows to import the rest)</source>
        <translation>未导入任何数据：文件中有被拒绝的行（请修正，或使用 --skip-bad-rows 导入其余行）</translation>
    </message>
</context>
<context>
    <name>md::ImportSourcePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.csv.gz *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>Choose the kind of records and the file they are in.</source>
        <translation>选择记录类型及其所在的文件。</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Historical orders (order lines)</source>
        <translation>历史订单（订单行）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Recognise from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>Shopify 商品 CSV</translation>
    </message>
    <message>
        <source>MerchantDesk product CSV</source>
        <translation>MerchantDesk 商品 CSV</translation>
    </message>
    <message>
        <source>&amp;Currency of the amounts:</source>
        <translation>金额币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time zone of the dates:</source>
        <translation>日期时区(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>md::ImportWizard</name>
    <message>
        <source>Cancelling: everything imported so far is being undone…</source>
        <translation>正在取消：正在撤销已导入的全部内容…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Format: Shopify product CSV.</source>
        <translation>格式：Shopify 商品 CSV。</translation>
    </message>
    <message>
        <source>Format: MerchantDesk product CSV.</source>
        <translation>格式：MerchantDesk 商品 CSV。</translation>
    </message>
    <message>
        <source>Map the missing column on the next page.</source>
        <translation>请在下一页为缺少的列指定对应关系。</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows in red would be rejected.</source>
        <translation>以下为文件前几行的导入效果。红色的行将被拒绝。</translation>
    </message>
    <message>
        <source>Preview with this mapping:</source>
        <translation>按此对应关系预览：</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose the column of the file for each field. Fields in bold are required.</source>
        <translation>为每个字段选择文件中的对应列。粗体字段为必填。</translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>尚未对应：%1。</translation>
    </message>
    <message>
        <source>Checking every row of the file; nothing is written yet…</source>
        <translation>正在检查文件的每一行，尚未写入任何数据…</translation>
    </message>
    <message>
        <source>No problems found. The import will give:</source>
        <translation>未发现问题。导入结果将是：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file would be rejected (listed below). Without them the import would give:</source>
        <translation>
            <numerusform>文件中有 %n 行将被拒绝（见下方列表）。去掉这些行后，导入结果将是：</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入完成。</translation>
    </message>
    <message numerus="yes">
        <source>The import is done; %n rejected row(s) were left out (listed below).</source>
        <translation>
            <numerusform>导入完成；已略过 %n 个被拒绝的行（见下方列表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of the file were rejected (listed below). Correct them and import the file again, or choose to skip bad rows.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 行被拒绝（见下方列表）。请修正后重新导入，或选择跳过被拒绝的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the rejected rows the file would have given:</source>
        <translation>去掉被拒绝的行后，该文件本应导入：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which column of the file holds each field.</source>
        <translation>每个字段对应文件中的哪一列。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the whole file or nothing: any rejected row stops the import (recommended)</source>
        <translation>整个文件要么全部导入，要么都不导入：任何一行被拒绝都会终止导入（推荐）</translation>
    </message>
    <message>
        <source>Skip the rejected rows and import the rest</source>
        <translation>跳过被拒绝的行，导入其余行</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>md::ImportWorker</name>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Products: %1 (new %2, changed %3, unchanged %4)</source>
        <translation>商品：%1（新增 %2，修改 %3，未变 %4）</translation>
    </message>
    <message>
        <source>SKUs: new %1, changed %2, unchanged %3</source>
        <translation>SKU：新增 %1，修改 %2，未变 %3</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>Members: %1 (new %2, changed %3, unchanged %4)</source>
        <translation>会员：%1（新增 %2，修改 %3，未变 %4）</translation>
    </message>
    <message>
        <source>Points entries: %1, store balance entries: %2</source>
        <translation>积分流水：%1 条，余额流水：%2 条</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation>正在写入订单</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>已读取行数：%1</translation>
    </message>
    <message>
        <source>Rows left out on purpose: %1</source>
        <translation>按规则略过的行数：%1</translation>
    </message>
    <message>
        <source>Invoices: %1 (already in the store: %2)</source>
        <translation>发票：%1（店铺中已有：%2）</translation>
    </message>
    <message>
        <source>Orders: %1 (guest orders: %2), return orders: %3</source>
        <translation>订单：%1（游客订单：%2），退货订单：%3</translation>
    </message>
    <message>
        <source>Order lines: %1</source>
        <translation>订单行：%1</translation>
    </message>
    <message>
        <source>Customers created: %1, SKUs created: %2</source>
        <translation>新建顾客：%1，新建 SKU：%2</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCollector</name>
    <message>
        <source>Quantity × UnitPrice is too large</source>
        <translation>Quantity × UnitPrice 过大</translation>
    </message>
    <message>
        <source>invoice %1 has CustomerID &quot;%2&quot; on earlier rows, &quot;%3&quot; here</source>
        <translation>发票 %1 在前面的行中 CustomerID 为“%2”，此处为“%3”</translation>
    </message>
</context>
<context>
    <name>md::InvoiceWriter</name>
    <message>
        <source>Customer %1</source>
        <translation>顾客 %1</translation>
    </message>
    <message>
        <source>imported invoice %1</source>
        <translation>导入的发票 %1</translation>
    </message>
    <message>
        <source>cancellation %1</source>
        <translation>取消单 %1</translation>
    </message>
</context>
<context>
    <name>md::IssueCouponsDialog</name>
    <message>
        <source>Issue coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Give a coupon of &quot;%1&quot; to (members who already hold as many as allowed are skipped):</source>
        <translation>将“%1”的优惠券发放给（持有数量已达上限的会员将被跳过）：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发放(&amp;I)</translation>
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
    <message>
        <source>Copying the shop to this computer…
The areas open when the copy is complete; it keeps working when the server cannot be reached.</source>
        <translation>正在将店铺复制到本机…
复制完成后即可打开各功能区；之后即使无法连接服务器也能继续使用。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Light palette</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>The copy of the shop was stopped. What was copied is kept on this computer; the copy goes on from where it stopped when you resume it, or the next time MerchantDesk starts.</source>
        <translation>店铺数据的复制已停止。已复制的内容保存在这台电脑上；继续复制或下次启动 MerchantDesk 时，会从停止处接着复制。</translation>
    </message>
    <message>
        <source>Your staff account is disabled, so the shop&apos;s areas are closed. Sign out, or ask the shop&apos;s owner to enable it again.</source>
        <translation>您的员工账号已被停用，店铺的各个区域已关闭。请退出登录，或请店主重新启用该账号。</translation>
    </message>
    <message>
        <source>Your staff account is no longer on this shop, so its areas are closed. Sign out, or ask the shop&apos;s owner.</source>
        <translation>您的员工账号已不属于这家店铺，店铺的各个区域已关闭。请退出登录，或联系店主。</translation>
    </message>
    <message>
        <source>Waiting for the server: %1</source>
        <translation>正在等待服务器：%1</translation>
    </message>
    <message>
        <source>&amp;Resume copying</source>
        <translation>继续复制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop copying</source>
        <translation>停止复制(&amp;S)</translation>
    </message>
</context>
<context>
    <name>md::MemberCsvFormat</name>
    <message>
        <source>an e-mail address, a phone number or an external reference is required</source>
        <translation>必须提供电子邮箱、手机号或外部编号之一</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot;: %2</source>
        <translation>电子邮箱“%1”：%2</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot;: %2</source>
        <translation>手机号“%1”：%2</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>姓名超过 %1 个字符</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (regular, silver, gold or platinum)</source>
        <translation>未知的会员等级“%1”（regular、silver、gold 或 platinum）</translation>
    </message>
    <message>
        <source>points &quot;%1&quot; is not a whole number of at least 0</source>
        <translation>积分“%1”不是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>balance &quot;%1&quot; is not an amount in %2 (%3)</source>
        <translation>余额“%1”不是有效的 %2 金额（%3）</translation>
    </message>
    <message>
        <source>balance &quot;%1&quot;: %2</source>
        <translation>余额“%1”：%2</translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot; is not a date (YYYY-MM-DD or ISO 8601 date and time)</source>
        <translation>created_at“%1”不是日期（YYYY-MM-DD 或 ISO 8601 日期时间）</translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot; is in the future</source>
        <translation>created_at“%1”是未来的时间</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>md::MemberDetailPanel</name>
    <message>
        <source>Earned with an order</source>
        <translation>下单获得</translation>
    </message>
    <message>
        <source>Spent on an order</source>
        <translation>下单抵扣</translation>
    </message>
    <message>
        <source>Given back (order cancelled or refunded)</source>
        <translation>退回（订单取消或退款）</translation>
    </message>
    <message>
        <source>Taken back (order refunded)</source>
        <translation>扣回（订单退款）</translation>
    </message>
    <message>
        <source>Adjusted by staff</source>
        <translation>员工调整</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Topped up by staff</source>
        <translation>员工充值</translation>
    </message>
    <message>
        <source>Deducted by staff</source>
        <translation>员工扣减</translation>
    </message>
    <message>
        <source>Paid for an order</source>
        <translation>支付订单</translation>
    </message>
    <message>
        <source>Given back (order cancelled)</source>
        <translation>退回（订单取消）</translation>
    </message>
    <message>
        <source>Refunded to balance</source>
        <translation>退款至余额</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <source>Tier: %1 (set by hand; by spend: %2)</source>
        <translation>会员等级：%1（手动设置；按消费应为：%2）</translation>
    </message>
    <message>
        <source>Tier: %1 (by spend)</source>
        <translation>会员等级：%1（按消费）</translation>
    </message>
    <message>
        <source>Points: %1 · Balance: %2 · Total spend: %3</source>
        <translation>积分：%1 · 余额：%2 · 累计消费：%3</translation>
    </message>
    <message>
        <source>This account is closed.</source>
        <translation>该账号已注销。</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Balance ledger</source>
        <translation>余额明细</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变动后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>md::MemberImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>No column for the e-mail, the phone or the external reference.</source>
        <translation>缺少电子邮箱、手机号或外部编号的列。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: the e-mail belongs to member %2 and the phone to member %3</source>
        <translation>第 %1 行：电子邮箱属于会员 %2，而手机号属于会员 %3</translation>
    </message>
    <message>
        <source>import %1, line %2</source>
        <translation>导入 %1，第 %2 行</translation>
    </message>
    <message>
        <source>The file cannot be read from its start (it must be a file, not a stream).</source>
        <translation>无法从头读取该文件（必须是文件，不能是数据流）。</translation>
    </message>
    <message>
        <source>line %1: %2 is already on line %3</source>
        <translation>第 %1 行：%2 已出现在第 %3 行</translation>
    </message>
</context>
<context>
    <name>md::MemberReport</name>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>First-time buyers</source>
        <translation>首购人数</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>复购人数</translation>
    </message>
    <message>
        <source>Regular-tier buyers</source>
        <translation>普通会员购买人数</translation>
    </message>
    <message>
        <source>Silver-tier buyers</source>
        <translation>白银会员购买人数</translation>
    </message>
    <message>
        <source>Gold-tier buyers</source>
        <translation>黄金会员购买人数</translation>
    </message>
    <message>
        <source>Platinum-tier buyers</source>
        <translation>铂金会员购买人数</translation>
    </message>
    <message>
        <source>Member orders</source>
        <translation>会员订单数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>md::MemberTableModel</name>
    <message>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金会员</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金会员</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1（手动设置）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
</context>
<context>
    <name>md::MembersView</name>
    <message>
        <source>The members could not be read: %1</source>
        <translation>无法读取会员：%1</translation>
    </message>
    <message>
        <source>The member could not be read: %1</source>
        <translation>无法读取该会员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>By spend (%1)</source>
        <translation>按消费（%1）</translation>
    </message>
    <message>
        <source>Enter the points to add, or to take away with a minus sign (e.g. 200 or -50).</source>
        <translation>请输入要增加的积分，扣减请加负号（如 200 或 -50）。</translation>
    </message>
    <message>
        <source>Enter the amount to add, or to take away with a minus sign (e.g. 50.00 or -12.50).</source>
        <translation>请输入要增加的金额，扣减请加负号（如 50.00 或 -12.50）。</translation>
    </message>
    <message>
        <source>Write the reason first: every adjustment keeps one.</source>
        <translation>请先填写原因：每次调整都会记录原因。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation>已保存，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>未能完成此更改。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation>按姓名、电子邮箱或手机号搜索</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Adjust points or balance</source>
        <translation>调整积分或余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Change, e.g. 200 or -12.50</source>
        <translation>变动数额，如 200 或 -12.50</translation>
    </message>
    <message>
        <source>Reason (required, kept in the ledger)</source>
        <translation>原因（必填，记入明细）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Add the change to the member&apos;s ledger (%1)</source>
        <translation>将此变动记入会员明细（%1）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>按消费</translation>
    </message>
    <message>
        <source>Set &amp;tier</source>
        <translation>设置等级(&amp;T)</translation>
    </message>
</context>
<context>
    <name>md::NewOrderAlert</name>
    <message numerus="yes">
        <source>%n new order(s); the latest is %1.</source>
        <translation>
            <numerusform>有 %n 个新订单，最新的是 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
</context>
<context>
    <name>md::NewStaffDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>md::NotificationsView</name>
    <message>
        <source>The notification was not sent.</source>
        <translation>通知未发送。</translation>
    </message>
    <message>
        <source>Write a title first.</source>
        <translation>请先填写标题。</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 characters).</source>
        <translation>消息过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Finding the members…</source>
        <translation>正在查找会员…</translation>
    </message>
    <message>
        <source>No member has the e-mail, mobile number or id: %1</source>
        <translation>没有会员使用以下电子邮箱、手机号或 ID：%1</translation>
    </message>
    <message>
        <source>No member is in the chosen group.</source>
        <translation>所选群体中没有会员。</translation>
    </message>
    <message>
        <source>Send notification</source>
        <translation>发送通知</translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n member(s)? It cannot be taken back.</source>
        <translation>
            <numerusform>确定要向 %n 名会员发送“%1”吗？发送后无法撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n member(s). The shop receives it at the next sync.</source>
        <translation>
            <numerusform>已发送给 %n 名会员，店铺将在下次同步时收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation>店铺拒绝了此操作。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <source>Shown in the member&apos;s inbox (at most %1 characters)</source>
        <translation>显示在会员的消息中心（最多 %1 个字符）</translation>
    </message>
    <message>
        <source>Plain text, at most %1 characters</source>
        <translation>纯文本，最多 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>md::OrderDetailLoader</name>
    <message>
        <source>This order is no longer in the shop.</source>
        <translation>店铺中已没有此订单。</translation>
    </message>
</context>
<context>
    <name>md::OrderDetailPanel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>订单动态</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付记录</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>正在加载订单…</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>下单于 %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>游客</translation>
    </message>
    <message>
        <source>Ship to %1, %2 %3</source>
        <translation>收货人：%1，%2 %3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>商品小计 %1</translation>
    </message>
    <message>
        <source>Member discount −%1</source>
        <translation>会员折扣 −%1</translation>
    </message>
    <message>
        <source>Coupon −%1</source>
        <translation>优惠券 −%1</translation>
    </message>
    <message>
        <source>Points (%1) −%2</source>
        <translation>积分（%1）−%2</translation>
    </message>
    <message>
        <source>Shipping %1</source>
        <translation>运费 %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Store balance %1</source>
        <translation>余额支付 %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>实付 %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>%1  %2 %3 — %4</source>
        <translation>%1  %2 %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 %3 — %n unit(s)</source>
        <translation>
            <numerusform>%1  %2 %3 — %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 — %3: %4</source>
        <translation>%1  %2 — %3：%4</translation>
    </message>
    <message>
        <source>No refunds</source>
        <translation>无退款</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Payment started</source>
        <translation>发起支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>支付失败</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation>退款已批准</translation>
    </message>
    <message>
        <source>Refund rejected</source>
        <translation>退款被拒绝</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
</context>
<context>
    <name>md::OrderDocumentWriter</name>
    <message>
        <source>The file cannot be created there. Choose another folder or name.</source>
        <translation>无法在该位置创建文件。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The file could not be saved. Check that the disk is not full and that you may write to that folder.</source>
        <translation>文件未能保存。请检查磁盘是否已满，以及您是否有权写入该文件夹。</translation>
    </message>
</context>
<context>
    <name>md::OrderFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>Mi&amp;n:</source>
        <translation>最低金额(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;x:</source>
        <translation>最高金额(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation>姓名、电子邮箱或手机号</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Order number or recipient</source>
        <translation>订单号或收货人</translation>
    </message>
    <message>
        <source>Not an amount: enter e.g. 99 or 99.50</source>
        <translation>不是有效金额：请输入如 99 或 99.50</translation>
    </message>
</context>
<context>
    <name>md::OrderHistoryImporter</name>
    <message>
        <source>%1 has no header line.</source>
        <translation>%1 没有表头行。</translation>
    </message>
    <message>
        <source>No column for %1 (the header has %2).</source>
        <translation>缺少 %1 列（表头为 %2）。</translation>
    </message>
    <message>
        <source>Unknown time zone %1 (an IANA name such as Europe/London).</source>
        <translation>未知的时区 %1（应为 IANA 时区名，例如 Europe/London）。</translation>
    </message>
    <message>
        <source>Currency %1 is not an ISO 4217 code such as GBP.</source>
        <translation>币种 %1 不是 ISO 4217 代码（例如 GBP）。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The store keeps its money in %1 and already has orders; a file in %2 cannot be imported into it.</source>
        <translation>店铺以 %1 记账且已有订单，不能导入以 %2 计价的文件。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>md::OrderHistoryRowParser</name>
    <message>
        <source>InvoiceDate &quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>InvoiceDate“%1”不是日期时间（YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
        <source>InvoiceDate &quot;%1&quot; does not exist in %2 (clocks went forward)</source>
        <translation>InvoiceDate“%1”在 %2 时区中不存在（时钟拨快，即夏令时开始）</translation>
    </message>
    <message>
        <source>InvoiceNo &quot;%1&quot; is not an invoice number (digits, or C or A and digits)</source>
        <translation>InvoiceNo“%1”不是有效的发票号（应为数字，或 C、A 加数字）</translation>
    </message>
    <message>
        <source>StockCode is empty</source>
        <translation>StockCode 为空</translation>
    </message>
    <message>
        <source>Quantity &quot;%1&quot; is not a whole number</source>
        <translation>Quantity“%1”不是整数</translation>
    </message>
    <message>
        <source>UnitPrice &quot;%1&quot; is not an amount</source>
        <translation>UnitPrice“%1”不是有效金额</translation>
    </message>
    <message>
        <source>CustomerID &quot;%1&quot; is not a customer number</source>
        <translation>CustomerID“%1”不是有效的顾客编号</translation>
    </message>
    <message>
        <source>bad-debt adjustment (A-invoice)</source>
        <translation>坏账调整（A 开头的发票）</translation>
    </message>
    <message>
        <source>fee or commission, not goods (AMAZONFEE, BANK CHARGES, CRUK)</source>
        <translation>费用或佣金，并非商品（AMAZONFEE、BANK CHARGES、CRUK）</translation>
    </message>
    <message>
        <source>zero quantity</source>
        <translation>数量为零</translation>
    </message>
    <message>
        <source>negative quantity on a sale invoice (stock note)</source>
        <translation>销售发票上的负数量（库存备注）</translation>
    </message>
    <message>
        <source>positive quantity on a cancellation</source>
        <translation>取消单上的正数量</translation>
    </message>
    <message>
        <source>zero price (also prices below half a minor unit)</source>
        <translation>价格为零（含低于最小货币单位一半的价格）</translation>
    </message>
    <message>
        <source>negative price</source>
        <translation>价格为负</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>order line without a catalog SKU</source>
        <translation>订单行（商品目录中无此 SKU）</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>md::OrderTableModel</name>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>已退款：%1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>游客</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>会员 %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>订单金额</translation>
    </message>
</context>
<context>
    <name>md::OrdersView</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>发货(&amp;S)…</translation>
    </message>
    <message>
        <source>Ship the selected order (%1)</source>
        <translation>为所选订单发货（%1）</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>取消订单(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected order (%1)</source>
        <translation>取消所选订单（%1）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the orders again (%1)</source>
        <translation>重新读取订单（%1）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>This window shows orders only: changes need the desktop&apos;s connection to the shop.</source>
        <translation>此窗口只能查看订单：进行更改需要桌面端与店铺的连接。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <source>The order is paid: cancelling refunds it in full, shipping included. Reason (the customer sees it):</source>
        <translation>此订单已付款：取消后将全额退款（含运费）。原因（顾客可见）：</translation>
    </message>
    <message>
        <source>Reason for cancelling (the customer sees it):</source>
        <translation>取消原因（顾客可见）：</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Order %1 %2. The shop receives it at the next sync.</source>
        <translation>订单 %1 已%2，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Order %1 was not %2.</source>
        <translation>订单 %1 未能%2。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>
Field: %1</source>
        <translation>
字段：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The document could not be saved.</source>
        <translation>无法保存该文档。</translation>
    </message>
    <message>
        <source>The document could not be saved as %1.</source>
        <translation>无法将文档保存为 %1。</translation>
    </message>
    <message>
        <source>&amp;Invoice (PDF)…</source>
        <translation>销售单 (PDF)(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the selected order&apos;s invoice as a PDF (%1)</source>
        <translation>将所选订单的销售单保存为 PDF（%1）</translation>
    </message>
    <message>
        <source>&amp;Packing slip (PDF)…</source>
        <translation>发货单 (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>invoice-%1.pdf</source>
        <translation>invoice-%1.pdf</translation>
    </message>
    <message>
        <source>packing-slip-%1.pdf</source>
        <translation>packing-slip-%1.pdf</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>保存销售单</translation>
    </message>
    <message>
        <source>Save packing slip</source>
        <translation>保存发货单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>md::PaymentMethodReport</name>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
        <source>%1 orders</source>
        <translation>%1订单数</translation>
    </message>
    <message>
        <source>%1 amount</source>
        <translation>%1金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>按支付方式统计销售</translation>
    </message>
</context>
<context>
    <name>md::ProductCsvFormat</name>
    <message>
        <source>options must be written as name=value pairs separated by semicolons, e.g. &quot;Color=Green; Size=S&quot;</source>
        <translation>规格须写成以分号分隔的“名称=值”，例如“Color=Green; Size=S”</translation>
    </message>
</context>
<context>
    <name>md::ProductCsvParser</name>
    <message>
        <source>line %1: the handle is missing</source>
        <translation>第 %1 行：缺少 Handle</translation>
    </message>
    <message>
        <source>line %1: unknown status &quot;%2&quot; (active, draft or archived)</source>
        <translation>第 %1 行：未知的状态“%2”（active、draft 或 archived）</translation>
    </message>
    <message>
        <source>line %1: Published must be TRUE or FALSE, not &quot;%2&quot;</source>
        <translation>第 %1 行：Published 必须为 TRUE 或 FALSE，而不是“%2”</translation>
    </message>
    <message>
        <source>line %1: the first row of product %2 has no title</source>
        <translation>第 %1 行：商品 %2 的第一行没有标题</translation>
    </message>
    <message>
        <source>line %1: %2 differs from the first row of product %3 (line %4)</source>
        <translation>第 %1 行：%2 与商品 %3 的第一行（第 %4 行）不一致</translation>
    </message>
    <message>
        <source>line %1: Image Position &quot;%2&quot; is not a whole number from 1</source>
        <translation>第 %1 行：Image Position“%2”不是从 1 起的整数</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not an amount in %4 (%5)</source>
        <translation>第 %1 行：%2“%3”不是有效的 %4 金额（%5）</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行：%2“%3”：%4</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a whole number from 0 to 1,000,000,000</source>
        <translation>第 %1 行：%2“%3”不是 0 到 1,000,000,000 之间的整数</translation>
    </message>
    <message>
        <source>line %1: the SKU code is missing</source>
        <translation>第 %1 行：缺少 SKU 编码</translation>
    </message>
    <message>
        <source>line %1: the SKU code is longer than 64 characters</source>
        <translation>第 %1 行：SKU 编码超过 64 个字符</translation>
    </message>
    <message>
        <source>line %1: duplicate SKU code %2 (already on line %3)</source>
        <translation>第 %1 行：SKU 编码 %2 重复（已出现在第 %3 行）</translation>
    </message>
    <message>
        <source>line %1: the price is missing</source>
        <translation>第 %1 行：缺少价格</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: Option%2 Value without an Option%2 Name on the first row of product %3</source>
        <translation>第 %1 行：有 Option%2 Value，但商品 %3 的第一行没有 Option%2 Name</translation>
    </message>
    <message>
        <source>line %1: option %2 is given twice</source>
        <translation>第 %1 行：规格 %2 出现了两次</translation>
    </message>
</context>
<context>
    <name>md::ProductEditor</name>
    <message>
        <source>The product needs a title.</source>
        <translation>请填写商品标题。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>The shop refused it.</source>
        <translation>店铺拒绝了此操作。</translation>
    </message>
    <message>
        <source>SKU %1: %2</source>
        <translation>SKU %1：%2</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>已归档。</translation>
    </message>
    <message>
        <source>Stock adjusted. The shop receives it at the next sync.</source>
        <translation>库存已调整，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation>已保存，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Save the new SKU before adjusting its stock.</source>
        <translation>请先保存新 SKU，再调整其库存。</translation>
    </message>
    <message>
        <source>Enter how many units to add (or, negative, to remove).</source>
        <translation>请输入要增加的数量（负数表示减少）。</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason.</source>
        <translation>调整库存需要填写原因。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n unit(s) on hand.</source>
        <translation>
            <numerusform>现有库存仅 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjust stock of %1 by %2</source>
        <translation>将 %1 的库存调整 %2</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Product — %1</source>
        <translation>商品 — %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图片(&amp;I)：</translation>
    </message>
    <message>
        <source>One image URL a line; the first is the main image</source>
        <translation>每行一个图片 URL，第一张为主图</translation>
    </message>
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
        <source>SKUs (price and cost as decimal text, e.g. 128.00)</source>
        <translation>SKU（价格和成本以小数填写，如 128.00）</translation>
    </message>
    <message>
        <source>&amp;Add SKU</source>
        <translation>添加 SKU(&amp;A)</translation>
    </message>
    <message>
        <source>Change stock by:</source>
        <translation>库存变动：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>e.g. counted on the shelf, damaged</source>
        <translation>例如：盘点、损坏</translation>
    </message>
    <message>
        <source>Ad&amp;just stock</source>
        <translation>调整库存(&amp;J)</translation>
    </message>
    <message>
        <source>A&amp;rchive product</source>
        <translation>归档商品(&amp;R)</translation>
    </message>
</context>
<context>
    <name>md::ProductExporter</name>
    <message>
        <source>%1: its SKUs use %2 option names; Shopify allows three</source>
        <translation>%1：其 SKU 使用了 %2 个规格名称，Shopify 最多允许三个</translation>
    </message>
</context>
<context>
    <name>md::ProductFigures</name>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Refunded units</source>
        <translation>退款件数</translation>
    </message>
    <message>
        <source>Refund rate %</source>
        <translation>退款率 %</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
</context>
<context>
    <name>md::ProductImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The header is neither Shopify&apos;s product CSV nor the native product CSV; choose the format.</source>
        <translation>表头既不是 Shopify 商品 CSV，也不是原生商品 CSV；请选择格式。</translation>
    </message>
    <message>
        <source>No column for: %1.</source>
        <translation>缺少以下列：%1。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: SKU code %2 already belongs to another product (%3)</source>
        <translation>第 %1 行：SKU 编码 %2 已属于另一个商品（%3）</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>The file cannot be read from its start (it must be a file, not a stream).</source>
        <translation>无法从头读取该文件（必须是文件，不能是数据流）。</translation>
    </message>
</context>
<context>
    <name>md::ProductReport</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>商品 ID</translation>
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
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Top N must be at least 1.</source>
        <translation>排行数量（Top N）至少为 1。</translation>
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
    <name>md::PromotionReport</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放数</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Revenue of those orders</source>
        <translation>相关订单销售额</translation>
    </message>
    <message>
        <source>Coupons and flash sales</source>
        <translation>优惠券与秒杀</translation>
    </message>
</context>
<context>
    <name>md::PromotionsView</name>
    <message>
        <source>The promotions could not be read: %1</source>
        <translation>无法读取营销活动：%1</translation>
    </message>
    <message>
        <source>No coupons were issued.</source>
        <translation>未发放任何优惠券。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Campaign created.</source>
        <translation>活动已创建。</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Campaign resumed.</source>
        <translation>活动已恢复。</translation>
    </message>
    <message>
        <source>Campaign paused: its coupons cannot be claimed or used until it is resumed.</source>
        <translation>活动已暂停：恢复前其优惠券无法领取或使用。</translation>
    </message>
    <message>
        <source>Finding the members…</source>
        <translation>正在查找会员…</translation>
    </message>
    <message>
        <source>No member has the e-mail, mobile number or id: %1</source>
        <translation>没有会员使用以下电子邮箱、手机号或 ID：%1</translation>
    </message>
    <message>
        <source>No member is in the chosen group.</source>
        <translation>所选群体中没有会员。</translation>
    </message>
    <message numerus="yes">
        <source>Coupons issued to %n member(s); members who already held as many as allowed were skipped.</source>
        <translation>
            <numerusform>已向 %n 名会员发放优惠券；持有数量已达上限的会员已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale created.</source>
        <translation>秒杀已创建。</translation>
    </message>
    <message>
        <source>Flash sale saved.</source>
        <translation>秒杀已保存。</translation>
    </message>
    <message>
        <source>End flash sale</source>
        <translation>结束秒杀</translation>
    </message>
    <message>
        <source>End &quot;%1&quot; now? Its prices stop at once and it cannot be started again.</source>
        <translation>立即结束“%1”吗？秒杀价将立即失效，且无法重新开始。</translation>
    </message>
    <message>
        <source>Flash sale ended.</source>
        <translation>秒杀已结束。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The shop receives it at the next sync.</source>
        <translation>店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>未能完成此更改。</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Coupon campaigns</source>
        <translation>优惠券活动</translation>
    </message>
    <message>
        <source>Flash sales</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Issue coupons…</source>
        <translation>发放优惠券(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;flash sale…</source>
        <translation>新建秒杀(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;nd now</source>
        <translation>立即结束(&amp;N)</translation>
    </message>
    <message>
        <source>Search campaigns by name or code</source>
        <translation>按名称或券码搜索活动</translation>
    </message>
    <message>
        <source>Search flash sales by name</source>
        <translation>按名称搜索秒杀</translation>
    </message>
</context>
<context>
    <name>md::RecipientPicker</name>
    <message>
        <source>List the members first (e-mail, mobile number or member id).</source>
        <translation>请先列出会员（电子邮箱、手机号或会员 ID）。</translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation>全部会员(&amp;A)</translation>
    </message>
    <message>
        <source>Th&amp;ese members:</source>
        <translation>指定会员(&amp;E)：</translation>
    </message>
    <message>
        <source>One per line or separated by commas: e-mail, mobile number or member id</source>
        <translation>每行一个或以逗号分隔：电子邮箱、手机号或会员 ID</translation>
    </message>
    <message>
        <source>Customer se&amp;gment (RFM):</source>
        <translation>客户分群 (RFM)(&amp;G)：</translation>
    </message>
    <message>
        <source>over the paid orders of the last</source>
        <translation>按已付款订单统计，最近</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>md::RefundTableModel</name>
    <message>
        <source>Requested</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>游客</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>md::RefundsView</name>
    <message>
        <source>The refunds could not be read: %1</source>
        <translation>无法读取退款：%1</translation>
    </message>
    <message>
        <source>The refund could not be read: %1</source>
        <translation>无法读取该退款：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>the customer (%1)</source>
        <translation>顾客（%1）</translation>
    </message>
    <message>
        <source>staff member #%1</source>
        <translation>员工 #%1</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>游客</translation>
    </message>
    <message>
        <source>Refund %1 — order %2 — %3 — %4</source>
        <translation>退款 %1 — 订单 %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Amount by the refund rules: %1</source>
        <translation>按退款规则计算的金额：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1  Requested by %2</source>
        <translation>%1  由 %2 申请</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>%1  Rejected by %2%3</source>
        <translation>%1  由 %2 拒绝%3</translation>
    </message>
    <message>
        <source>%1  Approved by %2%3</source>
        <translation>%1  由 %2 批准%3</translation>
    </message>
    <message>
        <source>%1 to the original payment method</source>
        <translation>原路退回 %1</translation>
    </message>
    <message>
        <source>%1 to store balance</source>
        <translation>退至余额 %1</translation>
    </message>
    <message>
        <source>%1  Refunded %2 (%3)</source>
        <translation>%1  已退款 %2（%3）</translation>
    </message>
    <message>
        <source>The units were put back in stock.</source>
        <translation>商品已退回库存。</translation>
    </message>
    <message>
        <source>The units were not put back in stock.</source>
        <translation>商品未退回库存。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned with the order taken back.</source>
        <translation>
            <numerusform>已扣回该订单获得的 %Ln 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) spent on the order given back.</source>
        <translation>
            <numerusform>已退回该订单使用的 %Ln 积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Write the reason first: the customer is told why the refund is rejected.</source>
        <translation>请先填写原因：顾客会收到拒绝退款的原因。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Refund %1 %2. The shop receives it at the next sync.</source>
        <translation>退款 %1 已%2，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>Refund %1 was not %2.</source>
        <translation>退款 %1 未能%2。</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>All refunds</source>
        <translation>全部退款</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve and pay out the amount the rules give (%1)</source>
        <translation>批准并按规则金额退款（%1）</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Reject with the reason written above (%1)</source>
        <translation>以上方填写的原因拒绝（%1）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refund to:</source>
        <translation>退款至：</translation>
    </message>
    <message>
        <source>The original payment method</source>
        <translation>原支付方式</translation>
    </message>
    <message>
        <source>Store balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Put the units back in stock</source>
        <translation>商品退回库存</translation>
    </message>
    <message>
        <source>Note (required to reject: the customer is told)</source>
        <translation>备注（拒绝时必填，顾客可见）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Search by order, customer or reason</source>
        <translation>按订单、顾客或原因搜索</translation>
    </message>
</context>
<context>
    <name>md::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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
        <source>File instead of stdout.</source>
        <translation>输出到文件而不是标准输出。</translation>
    </message>
    <message>
        <source>Unknown report %1; --report list shows them.</source>
        <translation>未知的报表 %1；用 --report list 查看所有报表。</translation>
    </message>
    <message>
        <source>No store at %1 (give --data-dir).</source>
        <translation>%1 处没有店铺数据（请用 --data-dir 指定）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>csv or pdf (pdf needs --output).</source>
        <translation>csv 或 pdf（pdf 需要 --output）。</translation>
    </message>
    <message>
        <source>Unsupported format %1: csv or pdf.</source>
        <translation>不支持的格式 %1：请用 csv 或 pdf。</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf 需要 --output FILE。</translation>
    </message>
</context>
<context>
    <name>md::ReportPdf</name>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation>生成 PDF 需要图形界面应用程序对象。</translation>
    </message>
    <message>
        <source>The PDF cannot be written: the output is not writable.</source>
        <translation>无法写入 PDF：输出目标不可写。</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>md::ReportRunner</name>
    <message>
        <source>Unknown report “%1”.</source>
        <translation>未知的报表“%1”。</translation>
    </message>
    <message>
        <source>The file could not be created. Choose another folder or name.</source>
        <translation>无法创建文件。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>The file could not be saved. Is the disk full or the file read-only?</source>
        <translation>无法保存文件。磁盘是否已满，或者文件是只读的？</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>CSV 文件未能写入。</translation>
    </message>
</context>
<context>
    <name>md::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Totals of the period of equal length just before the chosen one</source>
        <translation>紧接所选期间之前、长度相同的期间的合计</translation>
    </message>
</context>
<context>
    <name>md::ReportsView</name>
    <message>
        <source>The report could not be computed.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>无法将报表保存到 %1。</translation>
    </message>
    <message>
        <source>Computing “%1”…</source>
        <translation>正在生成“%1”…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>将报表导出为 CSV</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %n row(s)</source>
        <translation>
            <numerusform>%1：%2 – %3，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>按(&amp;B)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>与上一周期对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>已取消：未生成任何结果。</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not saved.</source>
        <translation>已取消：未保存 %1。</translation>
    </message>
</context>
<context>
    <name>md::ReviewTableModel</name>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>md::ReviewsView</name>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>无法读取评价：%1</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>请先填写回复内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n star(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation>已保存，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>未能完成此更改。</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>全部评价</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Save &amp;reply</source>
        <translation>保存回复(&amp;R)</translation>
    </message>
    <message>
        <source>Reply to the customer (shown under the review)</source>
        <translation>回复顾客（显示在评价下方）</translation>
    </message>
    <message>
        <source>Search by text, product or customer</source>
        <translation>按内容、商品或顾客搜索</translation>
    </message>
</context>
<context>
    <name>md::RfmReport</name>
    <message>
        <source>Segment key</source>
        <translation>分群键</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已付款订单数</translation>
    </message>
    <message>
        <source>Money kept</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Money per member</source>
        <translation>人均实收</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客户分群</translation>
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
    <name>md::ShipDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <source>Choose the carrier, enter the tracking number, and lower a quantity when only part of a line goes in this parcel.</source>
        <translation>请选择快递公司并填写运单号；如果本包裹只发某一行商品的一部分，请调低其数量。</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>快递公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>本次发货</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>md::SkuTableModel</name>
    <message>
        <source>Stock changes only by an adjustment with a reason.</source>
        <translation>库存只能通过填写原因的库存调整来变更。</translation>
    </message>
    <message>
        <source>A SKU needs a code.</source>
        <translation>SKU 需要编码。</translation>
    </message>
    <message>
        <source>Write options as name=value, separated by commas.</source>
        <translation>规格请写成“名称=值”，并以逗号分隔。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an amount (at most %n decimal(s), not negative).</source>
        <translation>
            <numerusform>%1 不是有效金额（最多 %n 位小数，且不能为负）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The low-stock threshold is a whole number, 0 or more.</source>
        <translation>库存预警值须为大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
</context>
<context>
    <name>md::StaffTableModel</name>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>md::StaffView</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation>无法读取员工列表：%1</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Saved. The shop receives it at the next sync.</source>
        <translation>已保存，店铺将在下次同步时收到。</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>未能完成此更改。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>The shop refused the change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>新建员工(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>修改角色(&amp;R)</translation>
    </message>
    <message>
        <source>Disable your own account?</source>
        <translation>要停用您自己的账号吗？</translation>
    </message>
    <message>
        <source>This computer signs in with it: once the shop receives the change, it can no longer sync until another owner enables the account again.</source>
        <translation>本机正是用此账号登录的：店铺收到此更改后，本机将无法同步，直到另一位店主重新启用此账号。</translation>
    </message>
    <message>
        <source>Search by e-mail or name</source>
        <translation>按邮箱或姓名搜索</translation>
    </message>
</context>
<context>
    <name>md::StockReport</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>库存成本</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>md::SyncEngine</name>
    <message>
        <source>This change refers to a record the server refused to create (%1).</source>
        <translation>此更改涉及一条服务器拒绝创建的记录（%1）。</translation>
    </message>
</context>
<context>
    <name>md::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Copying the shop…</source>
        <translation>正在复制店铺…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>查看被服务器拒绝的更改</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send waiting changes and fetch the shop&apos;s news now</source>
        <translation>立即发送待同步的更改，并获取店铺的最新数据</translation>
    </message>
    <message>
        <source>Copying the shop… %1%</source>
        <translation>正在复制店铺… %1%</translation>
    </message>
    <message>
        <source>Copy stopped</source>
        <translation>复制已停止</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Stop this sync; the next one goes on from where it stopped</source>
        <translation>停止本次同步；下次同步将从停止处继续</translation>
    </message>
</context>
<context>
    <name>md::WelcomeDialog</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Welcome to MerchantDesk</source>
        <translation>欢迎使用 MerchantDesk</translation>
    </message>
    <message>
        <source>Sign in to the shop&apos;s server with your staff account.</source>
        <translation>请使用员工账号登录店铺服务器。</translation>
    </message>
    <message>
        <source>How will you use MerchantDesk on this computer?</source>
        <translation>您打算如何在本机上使用 MerchantDesk？</translation>
    </message>
    <message>
        <source>Run my shop on this computer</source>
        <translation>在本机上运行我的店铺</translation>
    </message>
    <message>
        <source>The shop and its storefront run here, on this computer&apos;s data folder. A new shop starts with demo data you can look around in.</source>
        <translation>店铺及其前台在本机运行，数据保存在本机的数据文件夹中。新店铺自带演示数据，供您随意浏览。</translation>
    </message>
    <message>
        <source>Connect to a storefront server</source>
        <translation>连接到店铺前台服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Staff e-mail:</source>
        <translation>员工邮箱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
</context>
</TS>
