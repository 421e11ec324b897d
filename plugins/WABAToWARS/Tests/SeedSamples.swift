// The WABA contract's samples (seed 001), as published by Nexgate and the WABA gateway.
enum Seed {
    static let freetextText = #"""
    {"type":"SEND_FREETEXT","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-001","text":"Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."}
    """#
    static let shopDetails = #"""
    {"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-002","template":{"templateName":"SHOP_DETAILS","languageCode":"en","params":{"1":"Josh","2":"Mode Bites"}}}
    """#
    static let productResultsFound = #"""
    {"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-003","template":{"templateName":"PRODUCT_RESULTS_FOUND","languageCode":"en","params":{"1":"Josh","2":"2","3":"kuku","4":"Mode Bites","5":"Kuku Choma"}}}
    """#
    static let productsNotFound = #"""
    {"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-004","template":{"templateName":"PRODUCTS_NOT_FOUND","languageCode":"en","params":{"1":"Josh","2":"cake","3":"Mode Bites","4":"Kuku Choma"}}}
    """#
    static let fallbackText = #"""
    {"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-005","template":{"templateName":"FALLBACK_TEXT","languageCode":"en","params":{"1":"Josh","2":"sawa asante"}}}
    """#
    static let authOTP = #"""
    {"type":"SEND_AUTH_OTP","messageType":"TEMPLATE","wabaAccountId":"nexgate-waba-account-id","wabaNumber":"+255700000001","phoneNumberId":"nexgate-phone-number-id","appId":"nexgate-app-id","to":"+255712345678","correlationId":"+255712345678","template":{"templateName":"NEXGATE_OTP","languageCode":"en","params":{"1":"847291"}}}
    """#
    static let freetextImage = #"""
    {"type":"SEND_FREETEXT","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-006","media":{"url":"https://cdn.nexgate.co.tz/menu.jpg","mimeType":"image/jpeg","filename":"menu.jpg","caption":"Menu ya leo"}}
    """#
    static let receivedText = #"""
    {"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","text":"Nataka kuku na chips","media":null,"timestamp":"2026-04-12T11:00:00Z"}
    """#
    static let receivedImage = #"""
    {"type":"MESSAGE_RECEIVED","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-124","from":"+255712345678","text":null,"media":{"type":"IMAGE","url":"https://example.com/image.jpg","mimeType":"image/jpeg","filename":"photo.jpg","sha256":"abc123def456","caption":"Hii ndiyo nataka"},"timestamp":"2026-04-12T11:01:00Z"}
    """#
    static let status = #"""
    {"type":"STATUS_WEBHOOK","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","status":"delivered","timestamp":"2026-04-12T11:00:30Z"}
    """#

    /// A SEND_FREETEXT of another media type, built like the seed's image sample.
    static func freetext(_ type: String, media: String) -> String {
        #"{"type":"SEND_FREETEXT","messageType":"\#(type)","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-007","media":\#(media)}"#
    }

    static func template(_ name: String, language: String = "en", params: String) -> String {
        #"{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-008","template":{"templateName":"\#(name)","languageCode":"\#(language)","params":\#(params)}}"#
    }
}
