package io.cutover.samples;

import java.util.List;

/** Names and words of the sample data; multi-byte and 4-byte UTF-8 on purpose. */
final class Vocabulary {
    /** Code, name, currency; Oracle's CHAR(2)/CHAR(3) codes, names in their own script. */
    static final List<String[]> COUNTRIES = List.of(
            new String[] {"US", "United States", "USD"}, new String[] {"GB", "United Kingdom", "GBP"},
            new String[] {"DE", "Deutschland", "EUR"}, new String[] {"FR", "France", "EUR"},
            new String[] {"ES", "España", "EUR"}, new String[] {"IT", "Italia", "EUR"},
            new String[] {"NL", "Nederland", "EUR"}, new String[] {"SE", "Sverige", "SEK"},
            new String[] {"PL", "Polska", "PLN"}, new String[] {"TR", "Türkiye", "TRY"},
            new String[] {"GR", "Ελλάδα", "EUR"}, new String[] {"UA", "Україна", "UAH"},
            new String[] {"JP", "日本", "JPY"}, new String[] {"CN", "中国", "CNY"},
            new String[] {"KR", "대한민국", "KRW"}, new String[] {"IN", "भारत", "INR"},
            new String[] {"TH", "ประเทศไทย", "THB"}, new String[] {"VN", "Việt Nam", "VND"},
            new String[] {"CI", "Côte d’Ivoire", "XOF"}, new String[] {"BR", "Brasil", "BRL"});

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Chloé", "David", "Émile", "Fatima", "Günther",
            "Hana", "Ingrid", "José", "Kofi", "Łukasz", "María", "Nguyễn", "Olga", "Priya", "Søren", "Zoë", "Åsa",
            "Ольга", "Αλέξης", "محمد", "太郎", "𠮷", "Mia 🌸", "Raúl", "Şebnem", "Yūki", "Chen", "Sarah");

    static final List<String> LAST_NAMES = List.of("Smith", "Müller", "García", "Rossi", "Dubois", "Kowalski",
            "Yılmaz", "Nakamura", "Kim", "Svensson", "O'Brien", "van der Berg", "Øster", "Παπαδόπουλος", "Шевченко",
            "山田", "𠮷野", "Nguyễn", "Singh", "Silva", "Traoré", "Jones", "Brown", "Wang", "Dupont");

    static final List<String> WORDS = List.of("durable", "light", "organic", "steel", "cotton", "compact", "premium",
            "waterproof", "handmade", "classic", "wireless", "ergonomic", "recycled", "smart", "ceramic", "oak",
            "lamp", "chair", "kettle", "backpack", "speaker", "jacket", "mug", "desk", "blanket", "bottle", "café",
            "naïve", "façade", "Größe", "日本製", "краска", "🚀", "√2", "€", "\"quoted\"", "back\\slash", "tab\there");

    static final List<String> WAREHOUSES = List.of("AMS", "FRA1", "NYC", "SG", "SYD1", "LHR2");
    static final List<String> CARRIERS = List.of("DHL", "UPS", "FedEx", "La Poste", "Deutsche Post", "ヤマト運輸");
    static final List<String> METHODS = List.of("CARD", "PAYPAL", "TRANSFER", "INVOICE", "VOUCHER");
    static final List<String> DOMAINS = List.of("example.com", "Example.org", "mail.example.net", "EXAMPLE.de");

    private Vocabulary() {
    }
}
