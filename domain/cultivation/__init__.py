"""Brand cultivation (品牌培育): plans per product, the shops proposed for them by fit, and each target
shop's stage (recommended → listed → moving → reordered → steady) moved by the orders and the visits."""
