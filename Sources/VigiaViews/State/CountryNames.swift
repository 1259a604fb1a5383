/// Country names in Spanish (and Portuguese for Brazil), so `:country perú` or `:country
/// méxico` finds what an analyst types from Spanish-language sources. Names, not figures:
/// they match input and are never shown as data.
enum CountryNames {
    static let spanish: [String: [String]] = [
        "ARG": ["Argentina"], "BLZ": ["Belice"], "BOL": ["Bolivia"], "BRA": ["Brasil"], "CHL": ["Chile"],
        "COL": ["Colombia"], "CRI": ["Costa Rica"], "DOM": ["República Dominicana"], "ECU": ["Ecuador"],
        "SLV": ["El Salvador"], "GTM": ["Guatemala"], "HTI": ["Haití"], "HND": ["Honduras"], "JAM": ["Jamaica"],
        "MEX": ["México"], "NIC": ["Nicaragua"], "PAN": ["Panamá"], "PRY": ["Paraguay"], "PER": ["Perú"],
        "TTO": ["Trinidad y Tobago"], "URY": ["Uruguay"], "VEN": ["Venezuela"],
    ]
}
