// GENERATED FILE: do not edit by hand.
// Generator: plugins/E164Validate/generator/generate_table.py
// Source: libphonenumber metadata from the Python package phonenumbers==9.0.43 (PyPI).
// 215 country calling codes, 254 regions, 16708 automaton states;
// cross-checked against phonenumbers.is_valid_number/region_code_for_number/number_type on 102893 numbers.
// Regenerate: pip install -r generator/requirements.txt && python3 generator/generate_table.py

enum E164Table {
    static let phonenumbersVersion = "9.0.43"

    /// Country calling codes: index into `countries` for a code of 1 digit at [d], 2 digits at [10 + dd],
    /// 3 digits at [110 + ddd]; -1 when not assigned.
    static let countryIndex: [Int16] = [
        -1, 0, -1, -1, -1, -1, -1, 1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        2, -1, -1, -1, -1, -1, -1, 3, -1, -1, 4, 5, 6, 7, 8, -1, 9, -1, -1, 10, 11, 12, -1, 13, 14, 15, 16, 17, 18, 19,
        -1, 20, 21, 22, 23, 24, 25, 26, 27, -1, 28, 29, 30, 31, 32, 33, 34, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, 35, 36, -1, 37, -1, 38, -1, -1, -1, 39, 40, 41, 42, 43, 44, -1, -1, 45, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 46, 47, 48, -1, -1, 49, -1, 50, -1,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
        81, 82, 83, 84, 85, 86, 87, 88, 89, -1, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 100, 101, -1, -1, -1, -1, -1, 102, 103, 104, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        115, 116, 117, 118, 119, 120, 121, 122, 123, -1, 124, 125, 126, 127, -1, 128, 129, 130, -1, 131, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 132, 133, -1, 134, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        155, -1, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, -1, 168, 169, 170, 171, 172, 173, 174, 175, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 176, -1, -1, -1, -1, -1, -1, -1, 177, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        178, -1, 179, 180, -1, 181, 182, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 183, -1, -1, -1, -1, -1, -1, -1, 184, -1,
        185, 186, 187, 188, -1, -1, 189, -1, 190, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 191, 192, 193, 194, 195, 196, 197, 198, 199, -1,
        200, 201, 202, 203, 204, 205, 206, 207, -1, 208, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 209, 210, 211, 212, 213, -1, 214, -1,
    ]

    static let countries: [E164CountryRule] = [
        E164CountryRule(countryCode: 1, firstRegion: 0, regionCount: 25, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 7, firstRegion: 25, regionCount: 2, minNSN: 10, maxNSN: 14, leadingZeroPossible: false),
        E164CountryRule(countryCode: 20, firstRegion: 27, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 27, firstRegion: 28, regionCount: 1, minNSN: 5, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 30, firstRegion: 29, regionCount: 1, minNSN: 10, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 31, firstRegion: 30, regionCount: 1, minNSN: 5, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 32, firstRegion: 31, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 33, firstRegion: 32, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 34, firstRegion: 33, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 36, firstRegion: 34, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 39, firstRegion: 35, regionCount: 2, minNSN: 6, maxNSN: 12, leadingZeroPossible: true),
        E164CountryRule(countryCode: 40, firstRegion: 37, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 41, firstRegion: 38, regionCount: 1, minNSN: 9, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 43, firstRegion: 39, regionCount: 1, minNSN: 4, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 44, firstRegion: 40, regionCount: 4, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 45, firstRegion: 44, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 46, firstRegion: 45, regionCount: 1, minNSN: 6, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 47, firstRegion: 46, regionCount: 2, minNSN: 5, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 48, firstRegion: 48, regionCount: 1, minNSN: 6, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 49, firstRegion: 49, regionCount: 1, minNSN: 4, maxNSN: 15, leadingZeroPossible: false),
        E164CountryRule(countryCode: 51, firstRegion: 50, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 52, firstRegion: 51, regionCount: 1, minNSN: 10, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 53, firstRegion: 52, regionCount: 1, minNSN: 6, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 54, firstRegion: 53, regionCount: 1, minNSN: 10, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 55, firstRegion: 54, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 56, firstRegion: 55, regionCount: 1, minNSN: 9, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 57, firstRegion: 56, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 58, firstRegion: 57, regionCount: 1, minNSN: 10, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 60, firstRegion: 58, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 61, firstRegion: 59, regionCount: 3, minNSN: 5, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 62, firstRegion: 62, regionCount: 1, minNSN: 7, maxNSN: 17, leadingZeroPossible: false),
        E164CountryRule(countryCode: 63, firstRegion: 63, regionCount: 1, minNSN: 6, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 64, firstRegion: 64, regionCount: 1, minNSN: 5, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 65, firstRegion: 65, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 66, firstRegion: 66, regionCount: 1, minNSN: 8, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 81, firstRegion: 67, regionCount: 1, minNSN: 8, maxNSN: 17, leadingZeroPossible: false),
        E164CountryRule(countryCode: 82, firstRegion: 68, regionCount: 1, minNSN: 5, maxNSN: 14, leadingZeroPossible: false),
        E164CountryRule(countryCode: 84, firstRegion: 69, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 86, firstRegion: 70, regionCount: 1, minNSN: 7, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 90, firstRegion: 71, regionCount: 1, minNSN: 7, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 91, firstRegion: 72, regionCount: 1, minNSN: 8, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 92, firstRegion: 73, regionCount: 1, minNSN: 8, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 93, firstRegion: 74, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 94, firstRegion: 75, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 95, firstRegion: 76, regionCount: 1, minNSN: 6, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 98, firstRegion: 77, regionCount: 1, minNSN: 4, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 211, firstRegion: 78, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 212, firstRegion: 79, regionCount: 2, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 213, firstRegion: 81, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 216, firstRegion: 82, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 218, firstRegion: 83, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 220, firstRegion: 84, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 221, firstRegion: 85, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 222, firstRegion: 86, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 223, firstRegion: 87, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 224, firstRegion: 88, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 225, firstRegion: 89, regionCount: 1, minNSN: 10, maxNSN: 10, leadingZeroPossible: true),
        E164CountryRule(countryCode: 226, firstRegion: 90, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: true),
        E164CountryRule(countryCode: 227, firstRegion: 91, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 228, firstRegion: 92, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 229, firstRegion: 93, regionCount: 1, minNSN: 10, maxNSN: 10, leadingZeroPossible: true),
        E164CountryRule(countryCode: 230, firstRegion: 94, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 231, firstRegion: 95, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 232, firstRegion: 96, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 233, firstRegion: 97, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 234, firstRegion: 98, regionCount: 1, minNSN: 10, maxNSN: 14, leadingZeroPossible: false),
        E164CountryRule(countryCode: 235, firstRegion: 99, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 236, firstRegion: 100, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 237, firstRegion: 101, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 238, firstRegion: 102, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 239, firstRegion: 103, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 240, firstRegion: 104, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 241, firstRegion: 105, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: true),
        E164CountryRule(countryCode: 242, firstRegion: 106, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: true),
        E164CountryRule(countryCode: 243, firstRegion: 107, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 244, firstRegion: 108, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 245, firstRegion: 109, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 246, firstRegion: 110, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 247, firstRegion: 111, regionCount: 1, minNSN: 5, maxNSN: 6, leadingZeroPossible: false),
        E164CountryRule(countryCode: 248, firstRegion: 112, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 249, firstRegion: 113, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 250, firstRegion: 114, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: true),
        E164CountryRule(countryCode: 251, firstRegion: 115, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 252, firstRegion: 116, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 253, firstRegion: 117, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 254, firstRegion: 118, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 255, firstRegion: 119, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 256, firstRegion: 120, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 257, firstRegion: 121, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 258, firstRegion: 122, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 260, firstRegion: 123, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 261, firstRegion: 124, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 262, firstRegion: 125, regionCount: 2, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 263, firstRegion: 127, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 264, firstRegion: 128, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 265, firstRegion: 129, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 266, firstRegion: 130, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 267, firstRegion: 131, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 268, firstRegion: 132, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 269, firstRegion: 133, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 290, firstRegion: 134, regionCount: 2, minNSN: 4, maxNSN: 5, leadingZeroPossible: false),
        E164CountryRule(countryCode: 291, firstRegion: 136, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 297, firstRegion: 137, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 298, firstRegion: 138, regionCount: 1, minNSN: 6, maxNSN: 6, leadingZeroPossible: false),
        E164CountryRule(countryCode: 299, firstRegion: 139, regionCount: 1, minNSN: 6, maxNSN: 6, leadingZeroPossible: false),
        E164CountryRule(countryCode: 350, firstRegion: 140, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 351, firstRegion: 141, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 352, firstRegion: 142, regionCount: 1, minNSN: 4, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 353, firstRegion: 143, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 354, firstRegion: 144, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 355, firstRegion: 145, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 356, firstRegion: 146, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 357, firstRegion: 147, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 358, firstRegion: 148, regionCount: 2, minNSN: 5, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 359, firstRegion: 150, regionCount: 1, minNSN: 6, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 370, firstRegion: 151, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 371, firstRegion: 152, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 372, firstRegion: 153, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 373, firstRegion: 154, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 374, firstRegion: 155, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 375, firstRegion: 156, regionCount: 1, minNSN: 6, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 376, firstRegion: 157, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 377, firstRegion: 158, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 378, firstRegion: 159, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: true),
        E164CountryRule(countryCode: 380, firstRegion: 160, regionCount: 1, minNSN: 9, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 381, firstRegion: 161, regionCount: 1, minNSN: 6, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 382, firstRegion: 162, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 383, firstRegion: 163, regionCount: 1, minNSN: 8, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 385, firstRegion: 164, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 386, firstRegion: 165, regionCount: 1, minNSN: 5, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 387, firstRegion: 166, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 389, firstRegion: 167, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 420, firstRegion: 168, regionCount: 1, minNSN: 9, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 421, firstRegion: 169, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 423, firstRegion: 170, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 500, firstRegion: 171, regionCount: 1, minNSN: 5, maxNSN: 5, leadingZeroPossible: false),
        E164CountryRule(countryCode: 501, firstRegion: 172, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 502, firstRegion: 173, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 503, firstRegion: 174, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 504, firstRegion: 175, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 505, firstRegion: 176, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 506, firstRegion: 177, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 507, firstRegion: 178, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 508, firstRegion: 179, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 509, firstRegion: 180, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 590, firstRegion: 181, regionCount: 3, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 591, firstRegion: 184, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 592, firstRegion: 185, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 593, firstRegion: 186, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 594, firstRegion: 187, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 595, firstRegion: 188, regionCount: 1, minNSN: 6, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 596, firstRegion: 189, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 597, firstRegion: 190, regionCount: 1, minNSN: 6, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 598, firstRegion: 191, regionCount: 1, minNSN: 4, maxNSN: 13, leadingZeroPossible: false),
        E164CountryRule(countryCode: 599, firstRegion: 192, regionCount: 2, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 670, firstRegion: 194, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 672, firstRegion: 195, regionCount: 1, minNSN: 6, maxNSN: 6, leadingZeroPossible: false),
        E164CountryRule(countryCode: 673, firstRegion: 196, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 674, firstRegion: 197, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 675, firstRegion: 198, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 676, firstRegion: 199, regionCount: 1, minNSN: 5, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 677, firstRegion: 200, regionCount: 1, minNSN: 5, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 678, firstRegion: 201, regionCount: 1, minNSN: 5, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 679, firstRegion: 202, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 680, firstRegion: 203, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 681, firstRegion: 204, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 682, firstRegion: 205, regionCount: 1, minNSN: 5, maxNSN: 5, leadingZeroPossible: false),
        E164CountryRule(countryCode: 683, firstRegion: 206, regionCount: 1, minNSN: 4, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 685, firstRegion: 207, regionCount: 1, minNSN: 5, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 686, firstRegion: 208, regionCount: 1, minNSN: 5, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 687, firstRegion: 209, regionCount: 1, minNSN: 6, maxNSN: 6, leadingZeroPossible: false),
        E164CountryRule(countryCode: 688, firstRegion: 210, regionCount: 1, minNSN: 5, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 689, firstRegion: 211, regionCount: 1, minNSN: 6, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 690, firstRegion: 212, regionCount: 1, minNSN: 4, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 691, firstRegion: 213, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 692, firstRegion: 214, regionCount: 1, minNSN: 7, maxNSN: 7, leadingZeroPossible: false),
        E164CountryRule(countryCode: 800, firstRegion: 215, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 808, firstRegion: 216, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 850, firstRegion: 217, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 852, firstRegion: 218, regionCount: 1, minNSN: 5, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 853, firstRegion: 219, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 855, firstRegion: 220, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 856, firstRegion: 221, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 870, firstRegion: 222, regionCount: 1, minNSN: 9, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 878, firstRegion: 223, regionCount: 1, minNSN: 12, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 880, firstRegion: 224, regionCount: 1, minNSN: 6, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 881, firstRegion: 225, regionCount: 1, minNSN: 9, maxNSN: 10, leadingZeroPossible: true),
        E164CountryRule(countryCode: 882, firstRegion: 226, regionCount: 1, minNSN: 7, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 883, firstRegion: 227, regionCount: 1, minNSN: 8, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 886, firstRegion: 228, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 888, firstRegion: 229, regionCount: 1, minNSN: 11, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 960, firstRegion: 230, regionCount: 1, minNSN: 7, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 961, firstRegion: 231, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 962, firstRegion: 232, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 963, firstRegion: 233, regionCount: 1, minNSN: 8, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 964, firstRegion: 234, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 965, firstRegion: 235, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 966, firstRegion: 236, regionCount: 1, minNSN: 9, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 967, firstRegion: 237, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 968, firstRegion: 238, regionCount: 1, minNSN: 7, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 970, firstRegion: 239, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 971, firstRegion: 240, regionCount: 1, minNSN: 5, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 972, firstRegion: 241, regionCount: 1, minNSN: 7, maxNSN: 12, leadingZeroPossible: false),
        E164CountryRule(countryCode: 973, firstRegion: 242, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 974, firstRegion: 243, regionCount: 1, minNSN: 7, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 975, firstRegion: 244, regionCount: 1, minNSN: 7, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 976, firstRegion: 245, regionCount: 1, minNSN: 8, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 977, firstRegion: 246, regionCount: 1, minNSN: 8, maxNSN: 11, leadingZeroPossible: false),
        E164CountryRule(countryCode: 979, firstRegion: 247, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 992, firstRegion: 248, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: true),
        E164CountryRule(countryCode: 993, firstRegion: 249, regionCount: 1, minNSN: 8, maxNSN: 8, leadingZeroPossible: false),
        E164CountryRule(countryCode: 994, firstRegion: 250, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 995, firstRegion: 251, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
        E164CountryRule(countryCode: 996, firstRegion: 252, regionCount: 1, minNSN: 9, maxNSN: 10, leadingZeroPossible: false),
        E164CountryRule(countryCode: 998, firstRegion: 253, regionCount: 1, minNSN: 9, maxNSN: 9, leadingZeroPossible: false),
    ]

    static let regions: [E164RegionRule] = [
        E164RegionRule(code: "US", name: "United States", countryCode: 1, start: 1, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "AG", name: "Antigua and Barbuda", countryCode: 1, start: 122, leadingStart: 213, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "AI", name: "Anguilla", countryCode: 1, start: 224, leadingStart: 311, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "AS", name: "American Samoa", countryCode: 1, start: 322, leadingStart: 412, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "BB", name: "Barbados", countryCode: 1, start: 423, leadingStart: 538, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "BM", name: "Bermuda", countryCode: 1, start: 549, leadingStart: 626, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "BS", name: "Bahamas", countryCode: 1, start: 637, leadingStart: 752, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "CA", name: "Canada", countryCode: 1, start: 763, leadingStart: -1, lengthMask: 0x480, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "DM", name: "Dominica", countryCode: 1, start: 864, leadingStart: 948, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "DO", name: "Dominican Republic", countryCode: 1, start: 959, leadingStart: 1062, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "GD", name: "Grenada", countryCode: 1, start: 1075, leadingStart: 1170, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "GU", name: "Guam", countryCode: 1, start: 1181, leadingStart: 1277, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "JM", name: "Jamaica", countryCode: 1, start: 1288, leadingStart: 1392, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "KN", name: "Saint Kitts And Nevis", countryCode: 1, start: 1405, leadingStart: 1488, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "KY", name: "Cayman Islands", countryCode: 1, start: 1499, leadingStart: 1603, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "LC", name: "Saint Lucia", countryCode: 1, start: 1614, leadingStart: 1705, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "MP", name: "Northern Mariana Islands", countryCode: 1, start: 1716, leadingStart: 1801, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "MS", name: "Montserrat", countryCode: 1, start: 1812, leadingStart: 1887, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "PR", name: "Puerto Rico", countryCode: 1, start: 1898, leadingStart: 1965, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "SX", name: "Sint Maarten (Dutch part)", countryCode: 1, start: 1978, leadingStart: 2054, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "TC", name: "Turks And Caicos Islands", countryCode: 1, start: 2065, leadingStart: 2153, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "TT", name: "Trinidad and Tobago", countryCode: 1, start: 2164, leadingStart: 2256, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "VC", name: "Saint Vincent And The Grenadines", countryCode: 1, start: 2267, leadingStart: 2364, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "VG", name: "British Virgin Islands", countryCode: 1, start: 2375, leadingStart: 2462, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "VI", name: "U.S. Virgin Islands", countryCode: 1, start: 2473, leadingStart: 2561, lengthMask: 0x400, nationalPrefix: "1", sameMobileAndFixed: true),
        E164RegionRule(code: "RU", name: "Russia", countryCode: 7, start: 2572, leadingStart: 2650, lengthMask: 0x4400, nationalPrefix: "8", sameMobileAndFixed: false),
        E164RegionRule(code: "KZ", name: "Kazakhstan", countryCode: 7, start: 2665, leadingStart: 2772, lengthMask: 0x4400, nationalPrefix: "8", sameMobileAndFixed: false),
        E164RegionRule(code: "EG", name: "Egypt", countryCode: 20, start: 2787, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ZA", name: "South Africa", countryCode: 27, start: 2846, leadingStart: -1, lengthMask: 0x7E0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GR", name: "Greece", countryCode: 30, start: 2971, leadingStart: -1, lengthMask: 0x1C00, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NL", name: "Netherlands", countryCode: 31, start: 3073, leadingStart: -1, lengthMask: 0xFE0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BE", name: "Belgium", countryCode: 32, start: 3170, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "FR", name: "France", countryCode: 33, start: 3234, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ES", name: "Spain", countryCode: 34, start: 3308, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "HU", name: "Hungary", countryCode: 36, start: 3382, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "06", sameMobileAndFixed: false),
        E164RegionRule(code: "IT", name: "Italy", countryCode: 39, start: 3444, leadingStart: -1, lengthMask: 0x1FC0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "VA", name: "Vatican", countryCode: 39, start: 3574, leadingStart: 3668, lengthMask: 0x1FC0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "RO", name: "Romania", countryCode: 40, start: 3681, leadingStart: -1, lengthMask: 0x240, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CH", name: "Switzerland", countryCode: 41, start: 3747, leadingStart: -1, lengthMask: 0x1200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AT", name: "Austria", countryCode: 43, start: 3831, leadingStart: -1, lengthMask: 0x3FF0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GB", name: "United Kingdom", countryCode: 44, start: 3975, leadingStart: -1, lengthMask: 0x680, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GG", name: "Guernsey", countryCode: 44, start: 4265, leadingStart: -1, lengthMask: 0x680, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IM", name: "Isle Of Man", countryCode: 44, start: 4377, leadingStart: 4481, lengthMask: 0x400, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "JE", name: "Jersey", countryCode: 44, start: 4496, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "DK", name: "Denmark", countryCode: 45, start: 4642, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SE", name: "Sweden", countryCode: 46, start: 4700, leadingStart: -1, lengthMask: 0x17C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NO", name: "Norway", countryCode: 47, start: 4839, leadingStart: 4913, lengthMask: 0x120, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SJ", name: "Svalbard And Jan Mayen", countryCode: 47, start: 4923, leadingStart: 4993, lengthMask: 0x120, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PL", name: "Poland", countryCode: 48, start: 5002, leadingStart: -1, lengthMask: 0x7C0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "DE", name: "Germany", countryCode: 49, start: 5084, leadingStart: -1, lengthMask: 0xFFF0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "PE", name: "Peru", countryCode: 51, start: 5315, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MX", name: "Mexico", countryCode: 52, start: 5378, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CU", name: "Cuba", countryCode: 53, start: 5474, leadingStart: -1, lengthMask: 0x5C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AR", name: "Argentina", countryCode: 54, start: 5526, leadingStart: -1, lengthMask: 0xC00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BR", name: "Brazil", countryCode: 55, start: 5753, leadingStart: -1, lengthMask: 0xF00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CL", name: "Chile", countryCode: 56, start: 5824, leadingStart: -1, lengthMask: 0xE00, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CO", name: "Colombia", countryCode: 57, start: 5909, leadingStart: -1, lengthMask: 0xD00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "VE", name: "Venezuela", countryCode: 58, start: 5975, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MY", name: "Malaysia", countryCode: 60, start: 6033, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AU", name: "Australia", countryCode: 61, start: 6159, leadingStart: -1, lengthMask: 0x17E0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CC", name: "Cocos Islands", countryCode: 61, start: 6275, leadingStart: -1, lengthMask: 0x17C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CX", name: "Christmas Island", countryCode: 61, start: 6370, leadingStart: -1, lengthMask: 0x17C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ID", name: "Indonesia", countryCode: 62, start: 6467, leadingStart: -1, lengthMask: 0x3FF80, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "PH", name: "Philippines", countryCode: 63, start: 6619, leadingStart: -1, lengthMask: 0x3F40, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NZ", name: "New Zealand", countryCode: 64, start: 6679, leadingStart: -1, lengthMask: 0x7E0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SG", name: "Singapore", countryCode: 65, start: 6779, leadingStart: -1, lengthMask: 0xD00, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TH", name: "Thailand", countryCode: 66, start: 6841, leadingStart: -1, lengthMask: 0x2700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "JP", name: "Japan", countryCode: 81, start: 6906, leadingStart: -1, lengthMask: 0x3FF00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "KR", name: "South Korea", countryCode: 82, start: 7028, leadingStart: -1, lengthMask: 0x7F60, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "VN", name: "Vietnam", countryCode: 84, start: 7157, leadingStart: -1, lengthMask: 0x780, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CN", name: "China", countryCode: 86, start: 7247, leadingStart: -1, lengthMask: 0x1F80, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "TR", name: "Turkey", countryCode: 90, start: 7435, leadingStart: -1, lengthMask: 0x3480, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IN", name: "India", countryCode: 91, start: 7540, leadingStart: -1, lengthMask: 0x3F00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "PK", name: "Pakistan", countryCode: 92, start: 7756, leadingStart: -1, lengthMask: 0x1F00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AF", name: "Afghanistan", countryCode: 93, start: 7849, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LK", name: "Sri Lanka", countryCode: 94, start: 7870, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MM", name: "Myanmar", countryCode: 95, start: 7909, leadingStart: -1, lengthMask: 0x7C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IR", name: "Iran", countryCode: 98, start: 8075, leadingStart: -1, lengthMask: 0x4F0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SS", name: "South Sudan", countryCode: 211, start: 8150, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MA", name: "Morocco", countryCode: 212, start: 8169, leadingStart: 8232, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "EH", name: "Western Sahara", countryCode: 212, start: 8242, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "DZ", name: "Algeria", countryCode: 213, start: 8294, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "TN", name: "Tunisia", countryCode: 216, start: 8351, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "LY", name: "Libya", countryCode: 218, start: 8408, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GM", name: "Gambia", countryCode: 220, start: 8446, leadingStart: -1, lengthMask: 0x280, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SN", name: "Senegal", countryCode: 221, start: 8497, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MR", name: "Mauritania", countryCode: 222, start: 8553, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "ML", name: "Mali", countryCode: 223, start: 8581, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GN", name: "Guinea", countryCode: 224, start: 8614, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CI", name: "Côte d'Ivoire", countryCode: 225, start: 8649, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BF", name: "Burkina Faso", countryCode: 226, start: 8681, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NE", name: "Niger", countryCode: 227, start: 8712, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TG", name: "Togo", countryCode: 228, start: 8755, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BJ", name: "Benin", countryCode: 229, start: 8778, leadingStart: -1, lengthMask: 0x400, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MU", name: "Mauritius", countryCode: 230, start: 8804, leadingStart: -1, lengthMask: 0x580, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "LR", name: "Liberia", countryCode: 231, start: 8875, leadingStart: -1, lengthMask: 0x380, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SL", name: "Sierra Leone", countryCode: 232, start: 8922, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GH", name: "Ghana", countryCode: 233, start: 8943, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NG", name: "Nigeria", countryCode: 234, start: 8996, leadingStart: -1, lengthMask: 0x7C00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "TD", name: "Chad", countryCode: 235, start: 9055, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CF", name: "Central African Republic", countryCode: 236, start: 9077, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CM", name: "Cameroon", countryCode: 237, start: 9103, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CV", name: "Cape Verde", countryCode: 238, start: 9134, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "ST", name: "Sao Tome And Principe", countryCode: 239, start: 9171, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GQ", name: "Equatorial Guinea", countryCode: 240, start: 9188, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GA", name: "Gabon", countryCode: 241, start: 9230, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CG", name: "Congo", countryCode: 242, start: 9257, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CD", name: "The Democratic Republic Of Congo", countryCode: 243, start: 9291, leadingStart: -1, lengthMask: 0x780, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AO", name: "Angola", countryCode: 244, start: 9330, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GW", name: "Guinea-Bissau", countryCode: 245, start: 9350, leadingStart: -1, lengthMask: 0x280, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "IO", name: "British Indian Ocean Territory", countryCode: 246, start: 9377, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "AC", name: "AC", countryCode: 247, start: 9391, leadingStart: -1, lengthMask: 0x60, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SC", name: "Seychelles", countryCode: 248, start: 9409, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SD", name: "Sudan", countryCode: 249, start: 9446, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "RW", name: "Rwanda", countryCode: 250, start: 9466, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ET", name: "Ethiopia", countryCode: 251, start: 9504, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SO", name: "Somalia", countryCode: 252, start: 9623, leadingStart: -1, lengthMask: 0x3C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "DJ", name: "Djibouti", countryCode: 253, start: 9676, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "KE", name: "Kenya", countryCode: 254, start: 9694, leadingStart: -1, lengthMask: 0x780, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "TZ", name: "Tanzania", countryCode: 255, start: 9753, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "UG", name: "Uganda", countryCode: 256, start: 9809, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BI", name: "Burundi", countryCode: 257, start: 9862, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MZ", name: "Mozambique", countryCode: 258, start: 9881, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "ZM", name: "Zambia", countryCode: 260, start: 9910, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MG", name: "Madagascar", countryCode: 261, start: 9948, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "RE", name: "Reunion", countryCode: 262, start: 9982, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "YT", name: "Mayotte", countryCode: 262, start: 10059, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ZW", name: "Zimbabwe", countryCode: 263, start: 10115, leadingStart: -1, lengthMask: 0x680, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NA", name: "Namibia", countryCode: 264, start: 10181, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MW", name: "Malawi", countryCode: 265, start: 10260, leadingStart: -1, lengthMask: 0x280, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LS", name: "Lesotho", countryCode: 266, start: 10281, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BW", name: "Botswana", countryCode: 267, start: 10306, leadingStart: -1, lengthMask: 0x580, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SZ", name: "Swaziland", countryCode: 268, start: 10365, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "KM", name: "Comoros", countryCode: 269, start: 10406, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SH", name: "Saint Helena", countryCode: 290, start: 10428, leadingStart: 10443, lengthMask: 0x20, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TA", name: "TA", countryCode: 290, start: 10449, leadingStart: 10454, lengthMask: 0x10, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "ER", name: "Eritrea", countryCode: 291, start: 10459, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AW", name: "Aruba", countryCode: 297, start: 10480, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "FO", name: "Faroe Islands", countryCode: 298, start: 10525, leadingStart: -1, lengthMask: 0x40, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GL", name: "Greenland", countryCode: 299, start: 10560, leadingStart: -1, lengthMask: 0x40, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GI", name: "Gibraltar", countryCode: 350, start: 10588, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PT", name: "Portugal", countryCode: 351, start: 10617, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "LU", name: "Luxembourg", countryCode: 352, start: 10738, leadingStart: -1, lengthMask: 0xFF0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "IE", name: "Ireland", countryCode: 353, start: 10802, leadingStart: -1, lengthMask: 0x780, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IS", name: "Iceland", countryCode: 354, start: 10903, leadingStart: -1, lengthMask: 0x280, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "AL", name: "Albania", countryCode: 355, start: 10986, leadingStart: -1, lengthMask: 0x3C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MT", name: "Malta", countryCode: 356, start: 11039, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CY", name: "Cyprus", countryCode: 357, start: 11115, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "FI", name: "Finland", countryCode: 358, start: 11170, leadingStart: 11249, lengthMask: 0x1FE0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AX", name: "Åland Islands", countryCode: 358, start: 11263, leadingStart: 11335, lengthMask: 0x1FE0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BG", name: "Bulgaria", countryCode: 359, start: 11348, leadingStart: -1, lengthMask: 0x13C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LT", name: "Lithuania", countryCode: 370, start: 11405, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LV", name: "Latvia", countryCode: 371, start: 11467, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "EE", name: "Estonia", countryCode: 372, start: 11512, leadingStart: -1, lengthMask: 0x580, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MD", name: "Moldova", countryCode: 373, start: 11583, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AM", name: "Armenia", countryCode: 374, start: 11641, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BY", name: "Belarus", countryCode: 375, start: 11704, leadingStart: -1, lengthMask: 0xFC0, nationalPrefix: "8", sameMobileAndFixed: false),
        E164RegionRule(code: "AD", name: "Andorra", countryCode: 376, start: 11779, leadingStart: -1, lengthMask: 0x340, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MC", name: "Monaco", countryCode: 377, start: 11812, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SM", name: "San Marino", countryCode: 378, start: 11842, leadingStart: -1, lengthMask: 0x500, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "UA", name: "Ukraine", countryCode: 380, start: 11878, leadingStart: -1, lengthMask: 0x600, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "RS", name: "Serbia", countryCode: 381, start: 11929, leadingStart: -1, lengthMask: 0x1FC0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "ME", name: "Montenegro", countryCode: 382, start: 11992, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "XK", name: "XK", countryCode: 383, start: 12051, leadingStart: -1, lengthMask: 0x1F00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "HR", name: "Croatia", countryCode: 385, start: 12100, leadingStart: -1, lengthMask: 0x380, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SI", name: "Slovenia", countryCode: 386, start: 12188, leadingStart: -1, lengthMask: 0x1E0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BA", name: "Bosnia and Herzegovina", countryCode: 387, start: 12244, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MK", name: "Macedonia", countryCode: 389, start: 12311, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CZ", name: "Czech Republic", countryCode: 420, start: 12381, leadingStart: -1, lengthMask: 0x1E00, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SK", name: "Slovakia", countryCode: 421, start: 12478, leadingStart: -1, lengthMask: 0x2C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LI", name: "Liechtenstein", countryCode: 423, start: 12566, leadingStart: -1, lengthMask: 0x280, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "FK", name: "Falkland Islands", countryCode: 500, start: 12641, leadingStart: -1, lengthMask: 0x20, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BZ", name: "Belize", countryCode: 501, start: 12652, leadingStart: -1, lengthMask: 0x880, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GT", name: "Guatemala", countryCode: 502, start: 12683, leadingStart: -1, lengthMask: 0x900, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SV", name: "El Salvador", countryCode: 503, start: 12723, leadingStart: -1, lengthMask: 0x980, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "HN", name: "Honduras", countryCode: 504, start: 12769, leadingStart: -1, lengthMask: 0x900, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NI", name: "Nicaragua", countryCode: 505, start: 12835, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CR", name: "Costa Rica", countryCode: 506, start: 12871, leadingStart: -1, lengthMask: 0x500, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PA", name: "Panama", countryCode: 507, start: 12931, leadingStart: -1, lengthMask: 0xD80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PM", name: "Saint Pierre And Miquelon", countryCode: 508, start: 13019, leadingStart: -1, lengthMask: 0x240, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "HT", name: "Haiti", countryCode: 509, start: 13066, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "GP", name: "Guadeloupe", countryCode: 590, start: 13105, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BL", name: "Saint Barthélemy", countryCode: 590, start: 13171, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MF", name: "Saint Martin", countryCode: 590, start: 13234, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BO", name: "Bolivia", countryCode: 591, start: 13299, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GY", name: "Guyana", countryCode: 592, start: 13355, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "EC", name: "Ecuador", countryCode: 593, start: 13408, leadingStart: -1, lengthMask: 0xF00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GF", name: "French Guiana", countryCode: 594, start: 13456, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "PY", name: "Paraguay", countryCode: 595, start: 13517, leadingStart: -1, lengthMask: 0xFC0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "MQ", name: "Martinique", countryCode: 596, start: 13602, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SR", name: "Suriname", countryCode: 597, start: 13664, leadingStart: -1, lengthMask: 0xC0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "UY", name: "Uruguay", countryCode: 598, start: 13702, leadingStart: -1, lengthMask: 0x3FF0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "CW", name: "Curaçao", countryCode: 599, start: 13755, leadingStart: 13799, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BQ", name: "Bonaire, Sint Eustatius and Saba", countryCode: 599, start: 13808, leadingStart: 13835, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TL", name: "Timor-Leste", countryCode: 670, start: 13843, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NF", name: "Norfolk Island", countryCode: 672, start: 13881, leadingStart: -1, lengthMask: 0x40, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BN", name: "Brunei", countryCode: 673, start: 13898, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NR", name: "Nauru", countryCode: 674, start: 13922, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PG", name: "Papua New Guinea", countryCode: 675, start: 13947, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TO", name: "Tonga", countryCode: 676, start: 13995, leadingStart: -1, lengthMask: 0xA0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SB", name: "Solomon Islands", countryCode: 677, start: 14035, leadingStart: -1, lengthMask: 0xA0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "VU", name: "Vanuatu", countryCode: 678, start: 14063, leadingStart: -1, lengthMask: 0xA0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "FJ", name: "Fiji", countryCode: 679, start: 14103, leadingStart: -1, lengthMask: 0x880, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PW", name: "Palau", countryCode: 680, start: 14134, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "WF", name: "Wallis And Futuna", countryCode: 681, start: 14165, leadingStart: -1, lengthMask: 0x240, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "CK", name: "Cook Islands", countryCode: 682, start: 14198, leadingStart: -1, lengthMask: 0x20, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "NU", name: "Niue", countryCode: 683, start: 14211, leadingStart: -1, lengthMask: 0x90, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "WS", name: "Samoa", countryCode: 685, start: 14223, leadingStart: -1, lengthMask: 0x4E0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "KI", name: "Kiribati", countryCode: 686, start: 14246, leadingStart: -1, lengthMask: 0x120, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NC", name: "New Caledonia", countryCode: 687, start: 14300, leadingStart: -1, lengthMask: 0x40, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TV", name: "Tuvalu", countryCode: 688, start: 14327, leadingStart: -1, lengthMask: 0xE0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PF", name: "French Polynesia", countryCode: 689, start: 14341, leadingStart: -1, lengthMask: 0x340, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TK", name: "Tokelau", countryCode: 690, start: 14378, leadingStart: -1, lengthMask: 0xF0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "FM", name: "Micronesia", countryCode: 691, start: 14394, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MH", name: "Marshall Islands", countryCode: 692, start: 14426, leadingStart: -1, lengthMask: 0x80, nationalPrefix: "1", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "International Freephone", countryCode: 800, start: 14454, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "001", name: "International Shared Cost Service", countryCode: 808, start: 14464, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "KP", name: "North Korea", countryCode: 850, start: 14473, leadingStart: -1, lengthMask: 0x500, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "HK", name: "Hong Kong", countryCode: 852, start: 14498, leadingStart: -1, lengthMask: 0xBE0, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MO", name: "Macao", countryCode: 853, start: 14647, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "KH", name: "Cambodia", countryCode: 855, start: 14681, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "LA", name: "Laos", countryCode: 856, start: 14743, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "Inmarsat", countryCode: 870, start: 14766, leadingStart: -1, lengthMask: 0x1200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "Universal Personal Telecommunications", countryCode: 878, start: 14794, leadingStart: -1, lengthMask: 0x1000, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "BD", name: "Bangladesh", countryCode: 880, start: 14807, leadingStart: -1, lengthMask: 0x7C0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "Global Mobile Satellite System", countryCode: 881, start: 15048, leadingStart: -1, lengthMask: 0x600, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "International Networks", countryCode: 882, start: 15067, leadingStart: -1, lengthMask: 0x1F80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "International Networks", countryCode: 883, start: 15128, leadingStart: -1, lengthMask: 0x1F00, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "TW", name: "Taiwan", countryCode: 886, start: 15168, leadingStart: -1, lengthMask: 0xF80, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "OCHA (humanitarian affairs)", countryCode: 888, start: 15295, leadingStart: -1, lengthMask: 0x800, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "MV", name: "Maldives", countryCode: 960, start: 15307, leadingStart: -1, lengthMask: 0x480, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "LB", name: "Lebanon", countryCode: 961, start: 15356, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "JO", name: "Jordan", countryCode: 962, start: 15398, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "SY", name: "Syria", countryCode: 963, start: 15522, leadingStart: -1, lengthMask: 0x300, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IQ", name: "Iraq", countryCode: 964, start: 15552, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "KW", name: "Kuwait", countryCode: 965, start: 15583, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "SA", name: "Saudi Arabia", countryCode: 966, start: 15652, leadingStart: -1, lengthMask: 0x600, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "YE", name: "Yemen", countryCode: 967, start: 15704, leadingStart: -1, lengthMask: 0x380, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "OM", name: "Oman", countryCode: 968, start: 15733, leadingStart: -1, lengthMask: 0x380, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "PS", name: "Palestine", countryCode: 970, start: 15776, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "AE", name: "United Arab Emirates", countryCode: 971, start: 15819, leadingStart: -1, lengthMask: 0x1FE0, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "IL", name: "Israel", countryCode: 972, start: 15884, leadingStart: -1, lengthMask: 0x1F80, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "BH", name: "Bahrain", countryCode: 973, start: 16007, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "QA", name: "Qatar", countryCode: 974, start: 16076, leadingStart: -1, lengthMask: 0xB80, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "BT", name: "Bhutan", countryCode: 975, start: 16123, leadingStart: -1, lengthMask: 0x180, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "MN", name: "Mongolia", countryCode: 976, start: 16144, leadingStart: -1, lengthMask: 0x700, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "NP", name: "Nepal", countryCode: 977, start: 16191, leadingStart: -1, lengthMask: 0xD00, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "001", name: "International Premium Rate Service", countryCode: 979, start: 16245, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: true),
        E164RegionRule(code: "TJ", name: "Tajikistan", countryCode: 992, start: 16255, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
        E164RegionRule(code: "TM", name: "Turkmenistan", countryCode: 993, start: 16291, leadingStart: -1, lengthMask: 0x100, nationalPrefix: "8", sameMobileAndFixed: false),
        E164RegionRule(code: "AZ", name: "Azerbaijan", countryCode: 994, start: 16321, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "GE", name: "Georgia", countryCode: 995, start: 16375, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "KG", name: "Kyrgyzstan", countryCode: 996, start: 16488, leadingStart: -1, lengthMask: 0x600, nationalPrefix: "0", sameMobileAndFixed: false),
        E164RegionRule(code: "UZ", name: "Uzbekistan", countryCode: 998, start: 16550, leadingStart: -1, lengthMask: 0x200, nationalPrefix: "", sameMobileAndFixed: false),
    ]

    static let stateCount = 16708

    /// Automaton transitions, 10 per state (digits 0-9), each an 18-bit state number written as 3 base-64
    /// characters (A-Z a-z 0-9 + /), 40 values a line. State 0 is the dead state.
    static let transitionsText: StaticString = """
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAADAAEAAFAAGAAHAAIAAJAAKAALAAMAANAAOAAPAAQAARAASAAAAATAALAAUAAVAAWAAXAAYAAAAAZAAA\
AAaAAbAAcAAdAAeAAfAAgAAhAAiAAAAAjAAkAAlAAmAAnAAoAApAAqAArAAAAAKAAsAAtAAuAAvAAwAAxAAfAAyAAAAAzAA0AA1AA2AA3AA4AA5AA6AA7AAA\
AA8AA9AA+AA/ABAABBABCABDABEAAAABFAALABGABHABIABJAAAABKABLAAAAAAABMABMABMAAAABMABMABMABMABMABMAAAABMABMABMABMABMABMABMABM\
ABMAAAAAAABMABMABMAAAABMABMABMAAAABMAAAAAAABMABMAAAAAAAAAABMABMAAAAAAAAAAAAAAAAAAAAAABMAAAAAAABMABMABMABMAAAABMAAAAAAAAA\
ABMAAAABMAAAAAAAAAAAAABMAAAABMABMAAAABMAAAABMAAAABMAAAAAAABMAAAABMAAAABMAAAAAAAAAAAAAAAAAAAAAABMABMABMABMABMAAAABMABMABM\
ABMABMAAAABMABMABMABMABMAAAABMABMABMABMAAAABMAAAABMABMAAAABMAAAABMAAAAAAAAAAAAABMABMAAAAAAABMABMABMABMAAAAAAAAAAAAAAAAAA\
ABMABMAAAABMABMAAAAAAAAAAAAABMABMAAAAAAAAAAAAABMABMAAAAAAAAAAAAABMABMAAAABMABMABMABMABMABMABMAAAABMABMABMABMAAAABMAAAABM\
AAAAAAAAAABMABMABMAAAAAAAAAAAAABMAAAABMAAAABMABMAAAAAAAAAAAAABMAAAABMABMAAAABMAAAABMABMAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAA\
AAAAAAAAAABMABMAAAAAAAAAAAAABMABMAAAABMAAAAAAABMAAAAAAABMABMABMAAAAAAAAAABMAAAAAAAAAAAAAAAABNABMABMABMABMABMAAAABMABMABM\
ABMAAAABMABMAAAABMABMABMABMAAAABMABNABNABOABPABNABNABNABNABNABMABMABNABNABMAAAAAAAAAAAAABMABMABMAAAAAAABNAAAAAAAAAAAAAAA\
AAAABMAAAAAAAAAAAAAAAABMAAAABMAAAABMABMABMABMAAAABNABMAAAAAAABMABMABMABMABMABMAAAABNAAAAAAABMAAAABMAAAAAAABMABMAAAABNAAA\
ABMAAAABMAAAABMABMABMABMABMABMABMAAAAAAABMAAAAAAABMAAAABMABMABMABMAAAAAAAAAAAAABMAAAAAAAAAABMABMAAAAAAAAAABMABMAAAAAAAAA\
ABMABMAAAAAAAAAAAAABMABMAAAABMABMABMABMAAAAAAAAAAAAABMAAAABMABMABMABMAAAAAAAAAABMAAAAAAABMAAAABMABMABMABMAAAABMABMABMAAA\
AAAAAAABMABMABMABMABMABMABMABMABMAAAAAAAAAABMABMABMABMABMAAAABMABMABMAAAABMAAAAAAABMABMAAAABMAAAAAAABMAAAAAAAAAABMABMAAA\
AAAAAAAAAAAAABMAAAAAAABMAAAAAAABMAAAABMABMAAAABMAAAAAAAAAABMABMABMABMABMABMABMAAAAAAAAAABMAAAABMAAAAAAAAAABMABMAAAAAAAAA\
ABQABMABMABMABMABMABMAAAABMAAAABMAAAABMABMABMABMABMABMABMAAAABMABMAAAAAAAAAAAAABMAAAABMAAAABMABMABMABQAAAABMAAAAAAABMABM\
ABMAAAAAAABMABQABMAAAABMABMAAAABMAAAAAAAAAABMABQABMABMABMABMABMAAAABMABMABMABMABQAAAAAAAAAABMAAAABMAAAAAAAAAAAAABQABMAAA\
AAAAAAAAAAAAAAAAAAAAAAAAABQAAAABRABMAAAABMABMAAAABMABMABMABMABMAAAAAAAAAAAAABMAAAAAAABMABMABMABMAAAAAAABMAAAABMABMABMAAA\
ABMABMAAAABMAAAABMAAAABMABMABMAAAABMABMAAAABMAAAABMAAAAAAABMABMABMABMABMAAAABMAAAAAAABMABMABMAAAAAAABSABMABMABMAAAAAAABM\
AAAAAAABTABTABTABTABTABTABTABTAAAAAAABUABUABUABUABUABUABUABUAAAAAAABVABVABVABWABVABVABVABVAAAAAAABVABVABVABXABYABVABVABZ\
AAAAAAABaABaABaABaABaABaABaABaAAAAAAABbABbABbABbABbABbABbABbAAAAAAABTABTABTABTAAAABTABTABTABcABcABcABcABcABcABcABcABcABc\
ABdABdABdABdABdABdABdABdABdABdABdABeABdABdABdABdABdABdABdABdABdABeABdABdABdABfABdABdABdABdABdABeABgABdABdABfAAAAAAAAAAAA\
ABhABeABdABdABdABdABdABdABdABdABdABeABiAAAABjABdABdABdABdABdABkABkABkABkABkABkABkABkABkABkABlABlABlABlABlABlABlABlABlABl\
ABmABmABmABmABmABmABmABmABmABmABnABnABnABnABnABnABnABnABnABnABnAAAABnABnABnABnABnABnABnABnABnABnABnABnABnAAAABnABnABnABn\
ABnAAAABnAAAABnABnABnABnABnABnAAAABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABn\
ABoABoABoABoABoABoABoABoABoABoABpABpABpABpABpABpABpABpABpABpABqABqABqABqABqABqABqABqABqABqABrABrABrABrABrABrABrABrABrABr\
ABsABsABsABsABsABsABsABsABsABsABtABtABtABtABtABtABtABtABtABtABuABuABuABuABuABuABuABuABuABuABvABvABvABvABvABvABvABvABvABv\
ABwABwABwABwABwABwABwABwABwABwABxABxABxABxABxABxABxABxABxABxAByAByAByAByAByAByAByAByAByAByABzABzABzABzABzABzABzABzABzABz\
AB0AB0AB0AB0AB0AB0AB0AB0AB0AB0AB1AB1AB1AB1AB1AB1AB1AB1AB1AB1AB2AB2AB2AB2AB2AB2AB2AB2AB2AB2AB3AB3AB3AB3AB3AB3AB3AB3AB3AB3\
AB4AB4AB4AB4AB4AB4AB4AB4AB4AB4AB5AB5AB5AB5AB5AB5AB5AB5AB5AB5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB7AAAAAAAB8AAAAAAAB9AB+AAAAAAAAAAAAAAAAAAAB/AAAAAAAAA\
ACAAAAACBACCACDAAAACEACFACGAAAACHAAAAAAACIACJACKACLACMACNAAAACOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACPAAA\
ACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQACQACRACSACQACQACQACQACQAAAAAAACQACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAACTAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAACTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAACTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTAAAACUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVACWAAAACXAAAAAA\
AAAAAAACYACYACYACYACYACYACYACYAAAAAAACZACZACZACaACZACZACZACZAAAAAAACZACZACZACbACcACZACZACdAAAAAAACeACeACeACeACeACeACeACe\
AAAAAAACfACfACfACfACfACfACfACfACgAAAAAAAAAAAAAAAAChAAAACiAAAAAAAAAAAAAAAAAAAAAACjAAAAAAAAAAAAACkAClACmAAAAAAACnACoAClAAA\
ACpACpACpACpACpACpACpACpACpACpACpACqACpACpACpACpACpACpACpACpACpACqACpACpACpACrACpACpACpACpACpACqACsACpACpACrAAAAAAAAAAAA\
ACtACqACpACpACpACpACpACpACpACpACpACqACuAAAACvACpACpACpACpACpACwACwACwACwACwACwACwACwACwACwACxACxACxACxACxACxACxACxACxACx\
AAAAAAAAAAAAAAAAAAACyAAAAAAACyACzACzACzACzAC0AAAAAAAAAACzAAAAC1AC1AAAAAAACzAAAAAAAAAAAAAAAACzACzACzAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0AAAAC0AAAAC0AAAAC0AAAAAAAAAAAAAAAAAAAAAAC0AAAAAAAAAAAAAAA\
AC0AC0AC0AC0AC0AC0AC0AAAAC0AC0AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AAAAC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AAAAC2AC2AC2AC2\
AC2AAAAC2AAAAC2AC2AC2AC2AC2AC2AAAAC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AC2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC2\
AC3AC3AC3AC3AC3AC3AC3AC3AC3AC3AC4AC4AC4AC4AC4AC4AC4AC4AC4AC4AC5AC5AC5AC5AC5AC5AC5AC5AC5AC5AC6AC6AC6AC6AC6AC6AC6AC6AC6AC6\
AC7AC7AC7AC7AC7AC7AC7AC7AC7AC7AC8AC8AC8AC8AC8AC8AC8AC8AC8AC8AC9AC9AC9AC9AC9AC9AC9AC9AC9AC9AC+AC+AC+AC+AC+AC+AC+AC+AC+AC+\
AC/AC/AC/AC/AC/AC/AC/AC/AC/AC/ADAADAADAADAADAADAADAADAADAADAADBADBADBADBADBADBADBADBADBADBADCADCADCADCADCADCADCADCADCADC\
ADDADDADDADDADDADDADDADDADDADDADEADEADEADEADEADEADEADEADEADEADFADFADFADFADFADFADFADFADFADFADGADGADGADGADGADGADGADGADGADG\
ADHADHADHADHADHADHADHADHADHADHADIADIADIADIADIADIADIADIADIADIADJADJADJADJADJADJADJADJADJADJADKADKADKADKADKADKADKADKADKADK\
ADLADLADLADLADLADLADLADLADLADLADMADMADMADMADMADMADMADMADMADMADNADNADNADNADNADNADNADNADNADNADOADOADOADOADOADOADOADOADOADO\
ADPADPADPADPADPADPADPADPADPADPADQADQADQADQADQADQADQADQADQADQADRADRADRADRADRADRADRADRADRADRADSADSADSADSADSADSADSADSADSADS\
ADTADTADTADTADTADTADTADTADTADTADUADUADUADUADUADUADUADUADUADUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAAA\
ADZADZADZADZADZADZADZADZADZADZADaADaADaADaADaADaADaADaADaADaADbADbADbADbADbADbADbADbADbADbADcADcADcADcADcADcADcADcADcADc\
ADdADdADdADdADdADdADdADdADdADdADeADeADeADeADeADeADeADeADeADeADfADfADfADfADfADfADfADfADfADfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAADhAAAAAAADiAAAAAAADjADkAAAAAAAAAAAAAAAAAAADlAAAAAAAAAADmAAAADnADoADpAAAADqADrADsAAAADtAAAAAAADuADvADwADxADyADzAAA\
AD0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1AAAAAAAAAAAAAAAAD2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2AD2AD3AD4AD2AD2AD2AD2AD2\
AAAAAAAD2AD2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2AAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAD2AAAAD5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5AAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAD5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5AAA\
AD6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7AAAAD8AD9AAAAD+AAAAAAAAAAAAAD/AD/AD/AD/AD/AD/AD/AD/AAAAAAAEAAEAAEAAEBAEAAEAAEAAEA\
AAAAAAAEAAEAAEAAECAEDAEAAEAAEEAAAAAAAEFAEFAEFAEFAEFAEFAEFAEFAAAAAAAEGAEGAEGAEGAEGAEGAEGAEGAAAAAAAAAAEHAAAAAAAAAAAAAAAAEI\
AAAAAAAAAAAAAAAAAAAEJAEKAAAAELAAAAAAAAAAEMAAAAAAAAAAAAAENAAAAAAAAAAEOAAAAAAAAAAAAAEPAAAAAAAEQAEQAEQAEQAEQAEQAEQAEQAEQAEQ\
AEQAERAEQAEQAEQAEQAEQAEQAEQAEQAEQAERAEQAEQAEQAESAEQAEQAEQAEQAEQAERAETAEQAEQAESAAAAAAAAAAAAAEUAERAEQAEQAEQAEQAEQAEQAEQAEQ\
AEQAERAEVAAAAEWAEQAEQAEQAEQAEQAEXAEXAEXAEXAEXAEXAEXAEXAEXAEXAEYAEYAEYAEYAEYAEYAEYAEYAEYAEYAAAAAAAAAAAAAAAAEZAAAAAAAAAAAA\
AAAAAAAEaAAAAAAAAAAAAAAAAAAAAAAAAAEaAEaAAAAAAAAAAAAAAAAAAAEZAAAAAAAAAAAAAAAAAAAEZAEZAAAAAAAAAAAAAAAAAAAAAAAAAAAAEaAEaAAA\
AAAAAAAAAAAAAAAAAAAEZAEZAEZAEZAAAAEZAEZAEZAEZAAAAAAAAAAAAAAAAAAAAAAAAAAAAEbAAAAAAAAAAAAAEZAAAAAAAEZAAAAAAAAAAAAAAAAAAAAA\
AEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAAAAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAAAAEcAEcAEcAEcAEcAAAAEcAAAAEcAEcAEcAEcAEcAEc\
AAAAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAEcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEcAEdAEdAEdAEdAEdAEdAEdAEdAEdAEd\
AEeAEeAEeAEeAEeAEeAEeAEeAEeAEeAEfAEfAEfAEfAEfAEfAEfAEfAEfAEfAEgAEgAEgAEgAEgAEgAEgAEgAEgAEgAEhAEhAEhAEhAEhAEhAEhAEhAEhAEh\
AEiAEiAEiAEiAEiAEiAEiAEiAEiAEiAEjAEjAEjAEjAEjAEjAEjAEjAEjAEjAEkAEkAEkAEkAEkAEkAEkAEkAEkAEkAElAElAElAElAElAElAElAElAElAEl\
AEmAEmAEmAEmAEmAEmAEmAEmAEmAEmAEnAEnAEnAEnAEnAEnAEnAEnAEnAEnAEoAEoAEoAEoAEoAEoAEoAEoAEoAEoAEpAEpAEpAEpAEpAEpAEpAEpAEpAEp\
AEqAEqAEqAEqAEqAEqAEqAEqAEqAEqAErAErAErAErAErAErAErAErAErAErAEsAEsAEsAEsAEsAEsAEsAEsAEsAEsAEtAEtAEtAEtAEtAEtAEtAEtAEtAEt\
AEuAEuAEuAEuAEuAEuAEuAEuAEuAEuAEvAEvAEvAEvAEvAEvAEvAEvAEvAEvAEwAEwAEwAEwAEwAEwAEwAEwAEwAEwAExAExAExAExAExAExAExAExAExAEx\
AEyAEyAEyAEyAEyAEyAEyAEyAEyAEyAEzAEzAEzAEzAEzAEzAEzAEzAEzAEzAE0AE0AE0AE0AE0AE0AE0AE0AE0AE0AE1AE1AE1AE1AE1AE1AE1AE1AE1AE1\
AE2AE2AE2AE2AE2AE2AE2AE2AE2AE2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE4AAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAE5AAAAAAAAAAAAAAAAAAAAAAE6AAAAAAAAAAAAAAAAE7AE7AE7AE7AE7AE7AE7AE7AE7AE7AE8AE8AE8AE8AE8AE8AE8AE8AE8AE8\
AE9AE9AE9AE9AE9AE9AE9AE9AE9AE9AE+AE+AE+AE+AE+AE+AE+AE+AE+AE+AE/AE/AE/AE/AE/AE/AE/AE/AE/AE/AFAAFAAFAAFAAFAAFAAFAAFAAFAAFA\
AFBAFBAFBAFBAFBAFBAFBAFBAFBAFBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFDAFEAAAAFFAFGAFHAAAAFIAFJAFKAAAAFLAFMAFNAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAFOAAAAFPAAAAAAAFQAFRAFSAFTAFUAFVAAAAFWAAAAAAAAAAAAAAAAAAAAAAAAAAAAFXAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAFXAFXAFYAFZAFXAFXAFXAFXAFXAAAAAAAFXAFXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFXAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAFXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFXAAAAAAAAAAAAAAAAFaAAAAAAAAAAAAAAAAFbAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAFbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFbAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAFbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFbAAAAFcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFdAFdAFdAFdAFdAFdAFdAFd\
AAAAAAAFeAFeAFeAFfAFeAFeAFeAFeAAAAAAAFeAFeAFeAFgAFhAFeAFeAFiAAAAAAAFjAAAAAAAAAAFkAFlAAAAAAAAAAAAAFmAFmAFmAFmAFmAFmAFmAFm\
AAAAAAAFnAFnAFnAFnAFnAFnAFnAFnAFoAFoAFoAFoAFoAFoAFoAFoAFoAFoAFoAFpAFoAFoAFoAFoAFoAFoAFoAFoAFoAFpAFoAFoAFoAFqAFoAFoAFoAFo\
AFoAFpAFrAFoAFoAFqAAAAAAAAAAAAAFsAFpAFoAFoAFoAFoAFoAFoAFoAFoAFoAFpAFtAAAAFuAFoAFoAFoAFoAFoAAAAAAAAAAAAAFvAFwAAAAFxAAAAAA\
AAAAAAAFyAFzAF0AF1AAAAF2AF3AF4AAAAAAAAAAF5AAAAAAAAAAF6AF7AAAAF8AF8AF8AF8AF8AF8AF8AF8AF8AF8AF9AF9AF9AF9AF9AF9AF9AF9AF9AF9\
AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AAAAF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AAAAF+AF+AF+AF+AF+AAAAF+AAAAF+AF+AF+AF+AF+AF+\
AAAAF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AF+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAF+AAAAAAAAAAAAAAAAAAAAAAAAAF/AAA\
AAAAAAAF/AAAAF/AAAAF/AAAAF/AAAAAAAAAAF/AAAAGAAAAAF/AAAAAAAAAAAAAAAAGBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAGBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBAAA\
AAAAGBAAAAAAAAAAAAAAAAAAAAAAGBAAAAF/AAAAF/AAAAAAAAAAAAAAAAAAAF/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAF/AAAAAAAAAAAAAAAAAAAAA\
AGCAGCAGCAGCAGCAGCAGCAGCAGCAGCAGDAGDAGDAGDAGDAGDAGDAGDAGDAGDAGEAGEAGEAGEAGEAGEAGEAGEAGEAGEAGFAGFAGFAGFAGFAGFAGFAGFAGFAGF\
AGGAGGAGGAGGAGGAGGAGGAGGAGGAGGAGHAGHAGHAGHAGHAGHAGHAGHAGHAGHAGIAGIAGIAGIAGIAGIAGIAGIAGIAGIAGJAGJAGJAGJAGJAGJAGJAGJAGJAGJ\
AGKAGKAGKAGKAGKAGKAGKAGKAGKAGKAGLAGLAGLAGLAGLAGLAGLAGLAGLAGLAGMAGMAGMAGMAGMAGMAGMAGMAGMAGMAGNAGNAGNAGNAGNAGNAGNAGNAGNAGN\
AGOAGOAGOAGOAGOAGOAGOAGOAGOAGOAGPAGPAGPAGPAGPAGPAGPAGPAGPAGPAGQAGQAGQAGQAGQAGQAGQAGQAGQAGQAGRAGRAGRAGRAGRAGRAGRAGRAGRAGR\
AGSAGSAGSAGSAGSAGSAGSAGSAGSAGSAGTAGTAGTAGTAGTAGTAGTAGTAGTAGTAGUAGUAGUAGUAGUAGUAGUAGUAGUAGUAGVAGVAGVAGVAGVAGVAGVAGVAGVAGV\
AGWAGWAGWAGWAGWAGWAGWAGWAGWAGWAGXAGXAGXAGXAGXAGXAGXAGXAGXAGXAGYAGYAGYAGYAGYAGYAGYAGYAGYAGYAGZAGZAGZAGZAGZAGZAGZAGZAGZAGZ\
AGaAGaAGaAGaAGaAGaAGaAGaAGaAGaAGbAGbAGbAGbAGbAGbAGbAGbAGbAGbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAGdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGeAAAAAAAAAAAAAAAAGfAAAAAAAAAAAAAAAAGgAGgAGgAGgAGgAGgAGgAGgAGgAGg\
AGhAGhAGhAGhAGhAGhAGhAGhAGhAGhAGiAGiAGiAGiAGiAGiAGiAGiAGiAGiAGjAGjAGjAGjAGjAGjAGjAGjAGjAGjAGkAGkAGkAGkAGkAGkAGkAGkAGkAGk\
AGlAGlAGlAGlAGlAGlAGlAGlAGlAGlAGmAGmAGmAGmAGmAGmAGmAGmAGmAGmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGoAAAAAAAGpAAAAAAAGqAGr\
AAAAAAAAAAAAAGsAAAAAAAAAAAAAAAAGtAAAAGuAGvAGwAAAAGxAGyAGzAAAAG0AAAAAAAG1AG2AG3AG4AG5AG6AAAAG7AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAG8AAAAAAAAAAG9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG9AG9AG+AG/AG9AG9AG9AG9AG9AAAAAAAG9AG9AAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAG9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG9AAA\
AHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAHBAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAHCAHDAHEAHFAHGAHHAHIAHJAAAAAAAHKAHKAHKAHKAHKAHKAHKAHKAAAAAAAHLAHLAHLAHMAHLAHLAHLAHLAAAAAAAHLAHLAHLAHNAHOAHLAHLAHP\
AAAAAAAHQAHQAHQAHQAHQAHQAHQAHQAAAAAAAHRAHRAHRAHRAHRAHRAHRAHRAAAAAAAHSAHTAHUAHTAHTAHVAHTAHWAAAAHXAAAAAAAAAAHYAHZAAAAAAAAA\
AAAAHaAHbAHcAHdAHTAHeAAAAAAAAAAAAAAAAHfAHbAHbAHgAAAAHhAAAAAAAAAAAAAHbAHiAAAAAAAAAAAAAAAAHjAAAAHkAHlAHmAAAAHnAAAAAAAAAAAA\
AAAAAAAHTAHTAHTAHTAAAAAAAHoAAAAAAAHpAAAAAAAAAAAAAHqAHrAAAAAAAHsAHsAHsAHsAHsAHsAHsAHsAHsAHsAHsAHtAHsAHsAHsAHsAHsAHsAHsAHs\
AHsAHtAHsAHsAHsAHuAHsAHsAHsAHsAHsAHtAHvAHsAHsAHuAAAAAAAAAAAAAHwAHtAHsAHsAHsAHsAHsAHsAHsAHsAHsAHtAHxAAAAHyAHsAHsAHsAHsAHs\
AHzAHzAHzAHzAHzAHzAHzAHzAHzAHzAH0AH0AH0AH0AH0AH0AH0AH0AH0AH0AAAAAAAAAAAAAAAAAAAAAAH1AH1AAAAH2AH2AH2AH2AH2AH2AH2AH2AH2AH2\
AH2AH2AH2AH2AH2AH2AAAAH2AH2AH2AH1AH1AH1AH1AH1AAAAAAAAAAAAAAAAAAAAAAH3AAAAAAAAAAAAAAAAAAAAAAH4AH4AH4AH4AH4AH4AH4AH4AH4AH4\
AAAAAAAH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH2AH3AAAAAAAH1AAAAH1AAAAH1AH1AH1AH3AH3AH3AH1AH1AH1AH1AH1AH1AH1AH1AH1AH1\
AH3AH3AH1AH1AH1AH1AH1AH1AH1AH1AAAAAAAAAAAAAH3AAAAH2AH3AH3AH3AAAAAAAAAAAAAAAAAAAAAAH3AAAAAAAH1AH5AH6AAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAH1AAAAAAAAAAAAAAAAAAAH1AH1AH1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH1AAAAAAAAAAAAAAAAAAAH2AH2AH2AAAAAA\
AAAAAAAH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AH3AAAAAAAAAAAAAH3AH1AAAAAAAAAAAAAAAAH3AAAAAAAAAAH1AAAAAA\
AAAAAAAAAAH2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH1AH1AAAAAAAAAAH1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH7AAAAAAAAA\
AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AAAAH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AAAAH8AH8AH8AH8AH8AAAAH8AAAAH8AH8AH8AH8AH8AH8\
AAAAH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AH8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH8AH9AH9AH9AH9AH9AH9AH9AH9AH9AH9\
AH7AH7AH7AH7AH7AH7AH7AH7AH7AH7AH+AH+AH+AH+AH+AH+AH+AH+AH+AH+AH/AH/AH/AH/AH/AH/AH/AH/AH/AH/AIAAIAAIAAIAAIAAIAAIAAIAAIAAIA\
AIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAH+AH/AAAAH+AH/AAAAH+AH/AAAAH+AH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAICAICAICAICAICAICAICAICAICAIC\
AIDAIDAIDAIDAIDAIDAIDAIDAIDAIDAIEAIEAIEAIEAIEAIEAIEAIEAIEAIEAIFAIFAIFAIFAIFAIFAIFAIFAIFAIFAIGAIGAIGAIGAIGAIGAIGAIGAIGAIG\
AIHAIHAIHAIHAIHAIHAIHAIHAIHAIHAIIAIIAIIAIIAIIAIIAIIAIIAIIAIIAIJAIJAIJAIJAIJAIJAIJAIJAIJAIJAIKAIKAIKAIKAIKAIKAIKAIKAIKAIK\
AILAILAILAILAILAILAILAILAILAILAIMAIMAIMAIMAIMAIMAIMAIMAIMAIMAINAINAINAINAINAINAINAINAINAINAIOAIOAIOAIOAIOAIOAIOAIOAIOAIO\
AIPAIPAIPAIPAIPAIPAIPAIPAIPAIPAIQAIQAIQAIQAIQAIQAIQAIQAIQAIQAIRAIRAIRAIRAIRAIRAIRAIRAIRAIRAISAISAISAISAISAISAISAISAISAIS\
AITAITAITAITAITAITAITAITAITAITAIUAIUAIUAIUAIUAIUAIUAIUAIUAIUAIVAIVAIVAIVAIVAIVAIVAIVAIVAIVAIWAIWAIWAIWAIWAIWAIWAIWAIWAIW\
AIXAIXAIXAIXAIXAIXAIXAIXAIXAIXAIYAIYAIYAIYAIYAIYAIYAIYAIYAIYAIZAIZAIZAIZAIZAIZAIZAIZAIZAIZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIcAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAIdAAAAAAAAAAIeAIeAIeAIeAIeAIeAIeAIeAIeAIeAIfAIfAIfAIfAIfAIfAIfAIfAIfAIfAIgAIgAIgAIgAIgAIgAIgAIgAIgAIg\
AIhAIhAIhAIhAIhAIhAIhAIhAIhAIhAIiAIiAIiAIiAIiAIiAIiAIiAIiAIiAIjAIjAIjAIjAIjAIjAIjAIjAIjAIjAIkAIkAIkAIkAIkAIkAIkAIkAIkAIk\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAImAInAAAAAAAIoAIpAAAAAAAAAAAAAIqAAAAAAAAAAAAAAAAIrAAAAIsAItAIuAAAAIvAIwAIxAAA\
AIyAAAAAAAIzAI0AI1AI2AI3AI4AAAAI5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI6AAAAAAAAAAAAAAAAAAAAAAAAAI7AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAI7AI7AI8AI9AI7AI7AI7AI7AI7AAAAAAAI7AI7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI7AAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAI7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI7AAAAI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI+AAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI+AAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAI+AAAAI/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAJAAJBAJCAJBAJAAJAAJDAAAAAAAJEAJEAJEAJEAJEAJEAJEAJE\
AAAAAAAJFAJFAJFAJGAJFAJFAJFAJFAAAAAAAJFAJFAJFAJHAJIAJFAJFAJJAAAAAAAJKAJKAJKAJKAJKAJKAJKAJKAAAAAAAJLAJLAJLAJLAJLAJLAJLAJL\
AJMAJMAJMAJMAJMAJMAJMAJMAJMAJMAJNAJNAJNAJNAJNAJNAJNAJNAJNAJNAJMAJMAJMAJMAJNAAAAJOAAAAJPAJMAJMAAAAJMAAAAAAAAAAAAAAAAAAAAA\
AJQAJQAJQAJQAJQAJQAJQAJQAJQAJQAJQAJRAJQAJQAJQAJQAJQAJQAJQAJQAJQAJRAJQAJQAJQAJSAJQAJQAJQAJQAJQAJRAJTAJQAJQAJSAAAAAAAAAAAA\
AJUAJRAJQAJQAJQAJQAJQAJQAJQAJQAJQAJRAJVAAAAJWAJQAJQAJQAJQAJQAJXAJXAJXAJXAJXAJXAJXAJXAJXAJXAJYAJYAJYAJYAJYAJYAJYAJYAJYAJY\
AJZAJZAJZAJZAJZAJZAJZAJZAJZAJZAJaAJaAJaAJaAJaAJaAJaAJaAJaAJaAJaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJa\
AJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAAAAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAAAAJbAJbAJbAJbAJbAAAAJbAAAAJbAJbAJbAJbAJbAJb\
AAAAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAJbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJbAJcAJcAJcAJcAJcAJcAJcAJcAJcAJc\
AJdAJdAJdAJdAJdAJdAJdAJdAJdAJdAJeAJeAJeAJeAJeAJeAJeAJeAJeAJeAJfAJfAJfAJfAJfAJfAJfAJfAJfAJfAJgAJgAJgAJgAJgAJgAJgAJgAJgAJg\
AJhAJhAJhAJhAJhAJhAJhAJhAJhAJhAJiAJiAJiAJiAJiAJiAJiAJiAJiAJiAJjAJjAJjAJjAJjAJjAJjAJjAJjAJjAJkAJkAJkAJkAJkAJkAJkAJkAJkAJk\
AJlAJlAJlAJlAJlAJlAJlAJlAJlAJlAJmAJmAJmAJmAJmAJmAJmAJmAJmAJmAJnAJnAJnAJnAJnAJnAJnAJnAJnAJnAJoAJoAJoAJoAJoAJoAJoAJoAJoAJo\
AJpAJpAJpAJpAJpAJpAJpAJpAJpAJpAJqAJqAJqAJqAJqAJqAJqAJqAJqAJqAJrAJrAJrAJrAJrAJrAJrAJrAJrAJrAJsAJsAJsAJsAJsAJsAJsAJsAJsAJs\
AJtAJtAJtAJtAJtAJtAJtAJtAJtAJtAJuAJuAJuAJuAJuAJuAJuAJuAJuAJuAJvAJvAJvAJvAJvAJvAJvAJvAJvAJvAJwAJwAJwAJwAJwAJwAJwAJwAJwAJw\
AJxAJxAJxAJxAJxAJxAJxAJxAJxAJxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJzAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ0AAAAAAAAAAAAAAA\
AAAAJ1AAAAAAAAAAAAAAAAAAAAAAAAAJ2AJ2AJ2AJ2AJ2AJ2AJ2AJ2AJ2AJ2AJ3AJ3AJ3AJ3AJ3AJ3AJ3AJ3AJ3AJ3AJ4AJ4AJ4AJ4AJ4AJ4AJ4AJ4AJ4AJ4\
AJ5AJ5AJ5AJ5AJ5AJ5AJ5AJ5AJ5AJ5AJ6AJ6AJ6AJ6AJ6AJ6AJ6AJ6AJ6AJ6AJ7AJ7AJ7AJ7AJ7AJ7AJ7AJ7AJ7AJ7AJ8AJ8AJ8AJ8AJ8AJ8AJ8AJ8AJ8AJ8\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ+AAAAAAAJ/AAAAAAAKAAKBAAAAAAAAAAAAAKCAAAAAAAAAAAAAAAAKDAAAAKEAKFAKGAAAAKHAKIAKJAAA\
AKKAAAAAAAKLAKMAKNAKOAKPAKQAAAAKRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKSAAAAAAAAAAAAAAAAAAAAAAKTAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAKTAKTAKUAKVAKTAKTAKTAKTAKTAAAAAAAKTAKTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKTAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAKTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKTAAAAKWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKWAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAKWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKWAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAKWAAAAKXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKYAKZAKaAKbAKcAKdAKeAAAAAAAAAAKfAKfAKfAKfAKfAKfAKfAKf\
AAAAAAAKgAKgAKgAKhAKgAKgAKgAKgAAAAAAAKgAKgAKgAKiAKjAKgAKgAKkAAAAAAAKlAKlAKlAKlAKlAKlAKlAKlAAAAAAAKmAKmAKmAKmAKmAKmAKmAKm\
AAAAAAAKnAAAAAAAAAAAAAAAAAAAAAAKoAAAAKpAKpAKqAKrAKpAKsAKtAKuAAAAAAAKvAKvAKwAKxAKyAKzAK0AAAAK1AAAAK2AK3AK4AK5AK6AK7AAAAAA\
AK8AK1AK9AK+AK/ALAAAAALBALCALDAK1AAAAK7ALEAAAAAAAAAAAAALFAAAAKvALGAKzALHAAAAAAAAAAAAALIALIALJALJALJALJALJALJALJALJALJALJ\
ALJALKALJALJALJALJALJALJALJALJALJALKALJALJALJALLALJALJALJALJALJALKALMALJALJALLAAAAAAAAAAAAALNALKALJALJALJALJALJALJALJALJ\
ALJALKALOAAAALPALJALJALJALJALJALQALQALQALQALQALQALQALQALQALQALRALRALRALRALRALRALRALRALRALRAAAAAAAAAAAAAAAALSAAAAAAAAAAAA\
ALTAAAALUAAAAAAAAAAAAAAAAAAAAAAAAALUALUALUALUALUALUALUALUALUALUALUALUAAAALUALUALUALUALUALUALUALUALUALUALUALUALUALVALUALV\
AAAAAAAAAALUALUALVALVALUAAAAAAALUALUALUALUALUAAAAAAAAAAAAAAAAAAAAAALUALUALUALVALUALUAAAAAAAAAALVALVALVALVALVALVALVALVALV\
AAAALVALVALVAAAALVALVALVALVALVAAAALVALVALVALVALVALVALVALVAAAAAAALUALVALVALVALVALVALVALVAAAALVALVALVALVALVALVALVALVALVALV\
AAAALVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALVALVAAAAAAAAAAAAAAAAAAAAAALVAAAALVAAAAAAAAAAAA\
AAAAAAAAAAAAALVAAAAAAAAAAAAAAAAAAALVALVALVALVAAAALVALVALVALVAAAAAAAAAAAAAAAALVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALVAAAAAA\
AAAALUALUALUALUALUAAAAAAAAAAAAALUALUAAAALUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALVAAAAAAAAAALUAAAAAAAAAAAAAAAALVAAAAAAAAA\
ALUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALUALUAAAAAAAAAAAAAAAAAAAAAAAAAAAALUALUAAAAAAAAAAAAAAAAAAAAAAAAAAAALUALU\
AAAAAAAAAAAAAAAAAAAAAAAAALVAAAAAAAAAAAAAAAAAAAAAAAAAAAALUAAAALVAAAALVALVALVALVALVALVALVALVALVALVALVALVALVAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAALVALWALWALWALWALWALWALWALWALWALWALWAAAALWALWALWALWALWALWALWALWALWALWALWALWALWAAAALWALWALWALW\
ALWAAAALWAAAALWALWALWALWALWALWAAAALWALWALWALWALWALWALWALWALWALWALWALWALWALWALWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALW\
ALTALTALTALTALTALTALTALTALTALTALXALXALXALXALXALXALXALXALXALXALYALYALYALYALYALYALYALYALYALYALZALZALZALZALZALZALZALZALZALZ\
ALaALaALaALaALaALaALaALaALaALaALbALbALbALbALbALbALbALbALbALbALcALcALcALcALcALcALcALcALcALcALdALdALdALdALdALdALdALdALdALd\
ALeALeALeALeALeALeALeALeALeALeALfALfALfALfALfALfALfALfALfALfALgALgALgALgALgALgALgALgALgALgALhALhALhALhALhALhALhALhALhALh\
ALiALiALiALiALiALiALiALiALiALiALjALjALjALjALjALjALjALjALjALjALkALkALkALkALkALkALkALkALkALkALlALlALlALlALlALlALlALlALlALl\
ALmALmALmALmALmALmALmALmALmALmALnALnALnALnALnALnALnALnALnALnALoALoALoALoALoALoALoALoALoALoALpALpALpALpALpALpALpALpALpALp\
ALqALqALqALqALqALqALqALqALqALqALrALrALrALrALrALrALrALrALrALrALsALsALsALsALsALsALsALsALsALsALtALtALtALtALtALtALtALtALtALt\
ALuALuALuALuALuALuALuALuALuALuALvALvALvALvALvALvALvALvALvALvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAALxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALyAAAAAAAAAAAAAAAAAAAAAALzAAAAAAAAAAAAAAAAAAAAAAL0AL0AL0AL0AL0AL0AL0AL0AL0AL0\
AL1AL1AL1AL1AL1AL1AL1AL1AL1AL1AL2AL2AL2AL2AL2AL2AL2AL2AL2AL2AL3AL3AL3AL3AL3AL3AL3AL3AL3AL3AL4AL4AL4AL4AL4AL4AL4AL4AL4AL4\
AL5AL5AL5AL5AL5AL5AL5AL5AL5AL5AL6AL6AL6AL6AL6AL6AL6AL6AL6AL6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL8AL9AL+AL/AMAAMBAMCAMD\
AMEAAAAMFAMFAMGAMHAMIAMIAMGAAAAMFAMJAAAAAAAMIAMEAMKAAAAMLAAAAMIAMMAMNAMOAAAAMPAMNAMEAAAAAAAMFAMQAMRAMSAMTAAAAMUAMVAMWAAA\
AMXAMIAMYAMZAMaAAAAAAAMLAMIAAAAMbAAAAAAAAAAMLAMIAAAAMNAMcAAAAMdAMGAMeAMfAMgAMhAMiAMjAMkAAAAMlAAAAAAAAAAMLAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMmAMmAAAAAAAAAAAAAAAAAAAMmAAAAAA\
AAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAMnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMmAAAAMmAMmAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAMmAAAAMmAAAAAAAAAAAAAAAAAAAAAAAAAAAAMmAAAAAAAMmAAAAAAAAAAAAAAAAMmAMmAAAAMmAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAMmAAAAAAAAAAAAAMmAAAAMoAMoAMpAMqAMoAMoAMoAMoAMoAAAAAAAMoAMoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMoAAAAAAAAAAMmAAA\
AAAAAAAAAAAAAAAAAAAMoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMoAAAAMmAAAAMmAAAAAAAMmAAAAAAAMmAMoAAAAMrAAAAAAAAAAMmAAAAAAAAAAAAAAA\
AAAAAAAMoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMoAAAAAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAMmAAAAAAAAAAMm\
AMmAAAAMmAAAAAAAAAAAAAAAAAAAAAAMsAAAAAAAAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAMmAAAAAAAAAAAAAAAAAAAAAAMsAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAMsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMsAMmAAAAAAAAAAAAAAAAMmAAAAAAAAAAMsAAAAMm\
AAAAAAAAAAAAAAAAAAAAAAAAAMsAAAAMtAAAAMmAAAAAAAMmAAAAAAAAAAAAAAAAAAAMuAMuAMuAMuAMuAMuAMuAMuAMvAMvAMvAMvAMvAMvAMvAMvAMvAMv\
AAAAAAAMwAMwAMwAMwAMwAMwAMwAMwAAAAAAAMxAMxAMxAMyAMxAMxAMxAMxAAAAAAAMxAMxAMxAMzAM0AMxAMxAM1AAAAAAAM2AM2AM2AM2AM2AM2AM2AM2\
AAAAAAAM3AM3AM3AM3AM3AM3AM3AM3AAAAAAAM4AM4AM4AM4AM4AM4AM4AM4AM5AM5AM5AM5AM5AM5AM5AM5AM5AM5AM6AM6AM6AM6AM6AM6AM6AM6AM6AM6\
AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM8AM7AM7AM7AM7AM7AM7AM7AM7AM7AM8AM7AM7AM7AM9AM7AM7AM7AM7AM7AM8AM+AM7AM7AM9AAAAAAAAAAAA\
AM/AM8AM7AM7AM7AM7AM7AM7AM7AM7AM7AM8ANAAAAANBAM7AM7AM7AM7AM7ANCANCANCANCANCANCANCANCANCANCANDANDANDANDANDANDANDANDANDAND\
ANEANEANEANEANEANEANEANEANEANEANFANFANFANFANFANFANFANFANFANFANGANGANGANGANGANGANGANGANGANGANHANHANHANHANHANHANHANHANHANH\
ANHAAAANHANHANHANHANHANHANHANHANHANHANHANHANHAAAANHANHANHANHANHAAAANHAAAANHANHANHANHANHANHAAAANHANHANHANHANHANHANHANHANH\
ANHANHANHANHANHANHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANHANIANIANIANIANIANIANIANIANIANIANJANJANJANJANJANJANJANJANJANJ\
ANKANKANKANKANKANKANKANKANKANKANLANLANLANLANLANLANLANLANLANLANMANMANMANMANMANMANMANMANMANMANNANNANNANNANNANNANNANNANNANN\
ANOANOANOANOANOANOANOANOANOANOANPANPANPANPANPANPANPANPANPANPANQANQANQANQANQANQANQANQANQANQANRANRANRANRANRANRANRANRANRANR\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANSANSANSANSANSANSANSANSANSANSANTANTANTANTANTANTANTANTANTANTANUANUANUANUANUANUANUANUANUANU\
ANVANVANVANVANVANVANVANVANVANVANWANWANWANWANWANWANWANWANWANWANXANXANXANXANXANXANXANXANXANXANYANYANYANYANYANYANYANYANYANY\
ANZANZANZANZANZANZANZANZANZANZANaANaANaANaANaANaANaANaANaANaANbANbANbANbANbANbANbANbANbANbANcANcANcANcANcANcANcANcANcANc\
ANdANdANdANdANdANdANdANdANdANdANeANeANeANeANeANeANeANeANeANeANfANfANfANfANfANfANfANfANfANfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAANhAAAANiANjANkANlAAAANmANnANoAAAANpANqANrAAAAAAAAAAAAAAAAAAAAAANsAAAAAAAAAANtAAAAAAANuANvANwANxANyANzAAA\
AN0AAAAAAAAAAAAAAAAAAAAAAAAAAAAN1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN1AN1AN2AN3AN1AN1AN1AN1AN1AAAAAAAN1AN1AAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAN1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN1AAA\
AAAAAAAAAAAAAAAAAAAAAAN4AAAAAAAN5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5AAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAN5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5AAA\
AN6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7AN7AN7AN7AN7AN7AN7AN7AAAAAAAN8AN8AN8AN9AN8AN8AN8AN8AAAAAAAN8AN8AN8AN+AN/AN8AN8AOA\
AAAAAAAOBAOCAODAOEAOFAOGAAAAAAAAAAAAAOHAOHAOHAOHAOHAOHAOHAOHAAAAAAAOIAOIAOIAOIAOIAOIAOIAOIAOJAOJAOJAOJAOJAOJAOJAOJAOJAOJ\
AOJAOKAOJAOJAOJAOJAOJAOJAOJAOJAOJAOKAOJAOJAOJAOLAOJAOJAOJAOJAOJAOKAOMAOJAOJAOLAAAAAAAAAAAAAONAOKAOJAOJAOJAOJAOJAOJAOJAOJ\
AOJAOKAOOAAAAOPAOJAOJAOJAOJAOJAAAAAAAOQAOQAOQAORAOSAOTAOQAOQAAAAOTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOUAAAAOVAAAAAAAAAAAAAAA\
AOWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOXAAAAAAAAAAAAAAAAAAAAAAAAAOYAAAAAAAAAAAAAAAAAAAAAAAAAAAAOZAOZAOZAOZAOZAOZAOZAOZAOZAOZ\
AOaAOaAOaAOaAOaAOaAOaAOaAOaAOaAObAObAObAObAObAObAObAObAObAObAObAAAAObAObAObAObAObAObAObAObAObAObAObAObAObAAAAObAObAObAOb\
AObAAAAObAAAAObAObAObAObAObAObAAAAObAObAObAObAObAObAObAObAObAObAObAObAObAObAObAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb\
AAAAAAAAAAAAAAAAOcAAAAAAAAAAAAAAAAAAAAAAAAAAAAOdAAAAAAAAAAAAAAAAAAAAAAAAAAAAOcAOdAAAAAAAAAAAAAAAAAAAAAAAAAOcAOcAOcAAAAAA\
AOdAOdAAAAAAAAAAAAAAAAAAAAAAAAAOdAOdAOdAAAAAAAOdAOdAOdAOdAOdAOdAOdAOdAOdAOdAAAAAAAAAAAAAAAAAAAOcAOcAOcAOcAOcAOcAOcAOcAAA\
AAAAOcAOcAOcAOcAOcAOcAAAAAAAAAAOeAOeAOeAOeAOeAOeAOeAOeAOeAOeAOfAOfAOfAOfAOfAOfAOfAOfAOfAOfAOgAOgAOgAOgAOgAOgAOgAOgAOgAOg\
AOhAOhAOhAOhAOhAOhAOhAOhAOhAOhAOiAOiAOiAOiAOiAOiAOiAOiAOiAOiAOjAOjAOjAOjAOjAOjAOjAOjAOjAOjAOkAOkAOkAOkAOkAOkAOkAOkAOkAOk\
AOlAOlAOlAOlAOlAOlAOlAOlAOlAOlAOmAOmAOmAOmAOmAOmAOmAOmAOmAOmAOnAOnAOnAOnAOnAOnAOnAOnAOnAOnAOoAOoAOoAOoAOoAOoAOoAOoAOoAOo\
AOpAOpAOpAOpAOpAOpAOpAOpAOpAOpAOqAOqAOqAOqAOqAOqAOqAOqAOqAOqAOrAOrAOrAOrAOrAOrAOrAOrAOrAOrAOsAOsAOsAOsAOsAOsAOsAOsAOsAOs\
AOtAOtAOtAOtAOtAOtAOtAOtAOtAOtAOuAOuAOuAOuAOuAOuAOuAOuAOuAOuAOvAOvAOvAOvAOvAOvAOvAOvAOvAOvAOwAOwAOwAOwAOwAOwAOwAOwAOwAOw\
AOxAOxAOxAOxAOxAOxAOxAOxAOxAOxAOyAOyAOyAOyAOyAOyAOyAOyAOyAOyAOzAOzAOzAOzAOzAOzAOzAOzAOzAOzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAO1AAAAAAAAAAAAAAAAAAAAAAAAAO2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3AAAAAAAO4AO4AO4AO4AO4AO4AO4AO4AO4AO4\
AO5AO5AO5AO5AO5AO5AO5AO5AO5AO5AO6AO6AO6AO6AO6AO6AO6AO6AO6AO6AO7AO7AO7AO7AO7AO7AO7AO7AO7AO7AO8AO8AO8AO8AO8AO8AO8AO8AO8AO8\
AO9AO9AO9AO9AO9AO9AO9AO9AO9AO9AO+AO+AO+AO+AO+AO+AO+AO+AO+AO+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAPBAPC\
APDAAAAPEAPFAPGAAAAPHAPIAPJAAAAPKAAAAPLAPMAPNAPOAPPAPQAPRAAAAPSAAAAAAAAAAAAAAAAAAAAAAAAAAAAPTAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAPTAPTAPUAPVAPTAPTAPTAPTAPTAAAAAAAPTAPTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPTAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAPTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPTAAAAPWAAAAAAAAAAAAAAAAAAAAAAAAAPXAAAAAAAAAAAAAAAAAAAAAAAAAAAAPY\
AAAAAAAAAAPZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPZAAAAAAAAAAAAAPXAAAAAAAAAAAAAAAAPZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPZAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAPZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPZAAAAPaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPbAPbAPbAPbAPbAPbAPbAPb\
AAAAAAAPcAPcAPcAPdAPcAPcAPcAPcAAAAAAAPcAPcAPcAPeAPfAPcAPcAPgAAAAPhAPiAPiAPiAPiAPiAPiAPiAPiAPiAPiAPjAPjAPjAPjAPjAPjAPjAPj\
APiAPiAPkAPlAPjAPjAPmAPnAPoAPpAAAAAAAPiAPiAPiAPiAPiAPiAPiAPiAAAAAAAPqAPqAPqAPqAPqAPqAPqAPqAPrAPrAPrAPrAPrAPrAPrAPrAPrAPr\
APrAPsAPrAPrAPrAPrAPrAPrAPrAPrAPrAPsAPrAPrAPrAPtAPrAPrAPrAPrAPrAPsAPuAPrAPrAPtAAAAAAAAAAAAAPvAPsAPrAPrAPrAPrAPrAPrAPrAPr\
APrAPsAPwAAAAPxAPrAPrAPrAPrAPrAAAAAAAAAAAAAPyAAAAAAAAAAAAAAAAPyAPyAPyAPyAPyAPyAPyAPyAPyAPyAPzAPzAPzAPzAPzAPzAPzAPzAPzAPz\
APzAPzAPzAPzAPzAPzAP0AP1AP2APzAPzAPzAPzAPzAP3APzAPzAPzAPzAPzAPzAPzAPzAP4AP4AP4AP5APzAPzAPzAP6APzAPzAPzAP7AP8AP9APzAP+AP/\
AQAAQBAPzAP+APzAQCAQDAQEAPzAQFAPzAPzAPzAQGAPzAQHAQIAQJAQKAQLAQMAQMAQMAQMAQMAQMAQMAQMAQMAQMAQNAQNAQNAQNAQNAQNAQNAQNAQNAQN\
AQNAAAAQNAQNAQNAQNAQNAQNAQNAQNAQNAQNAQNAQNAQNAAAAQNAQNAQNAQNAQNAAAAQNAAAAQNAQNAQNAQNAQNAQNAAAAQNAQNAQNAQNAQNAQNAQNAQNAQN\
AQNAQNAQNAQNAQNAQNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQNAQOAQOAQOAQOAQOAQOAQOAQOAQOAQOAQPAQPAQPAQPAQPAQPAQPAQPAQPAQP\
AQPAQQAQQAQQAQPAQPAQPAQPAQPAQPAQPAQPAQPAQQAQQAQQAQQAQPAQQAQQAQPAQQAQPAQPAQQAQQAQQAQPAQPAQPAQQAQQAQQAQQAQQAQQAQQAQPAQPAQP\
AQQAQPAQPAQPAQPAQPAQPAQPAQPAQPAQPAQPAQQAQPAQQAQPAQPAQPAQPAQQAQPAQPAQQAQPAQPAQPAQPAQPAQPAQPAQQAQPAQPAQPAQQAQPAQPAQQAQPAQP\
AQQAQPAQPAQPAQPAQQAQPAQQAQPAQPAQQAQPAQPAQPAQPAQPAQQAQPAQPAQPAQQAQPAQPAQPAQPAQPAQPAQPAQQAQPAQQAQPAQPAQPAQPAQPAQPAQPAQPAQQ\
AQQAQPAQQAQQAQPAQQAQPAQPAQPAQPAQPAQPAQPAQPAQPAQQAQQAQQAQPAQQAQPAQPAQQAQQAQQAQPAQQAQQAQPAQPAQPAQPAQQAQPAQPAQPAQPAQQAQPAQQ\
AQQAQPAQPAQQAQPAQPAQPAQPAQPAQQAQPAQPAQPAQPAQPAQPAQPAQPAQPAQQAQPAQQAQPAQPAQPAQQAQPAQPAQPAQPAQPAQPAQPAQPAQPAQPAQPAQPAQQAQP\
AQPAQQAQQAQQAQQAQQAQQAQQAQQAQQAQPAQPAQQAQQAQQAQQAQPAQQAQQAQPAQQAQQAQQAQQAQQAQPAQQAQPAQPAQPAQPAQQAQPAQPAQPAQPAQPAQPAQPAQP\
AQRAQRAQRAQRAQRAQRAQRAQRAQRAQRAQSAQSAQSAQSAQSAQSAQSAQSAQSAQSAQTAQTAQTAQTAQTAQTAQTAQTAQTAQTAQUAQUAQUAQUAQUAQUAQUAQUAQUAQU\
AQVAQVAQVAQVAQVAQVAQVAQVAQVAQVAQWAQWAQWAQWAQWAQWAQWAQWAQWAQWAQXAQXAQXAQXAQXAQXAQXAQXAQXAQXAQYAQYAQYAQYAQYAQYAQYAQYAQYAQY\
AQZAQZAQZAQZAQZAQZAQZAQZAQZAQZAQaAQaAQaAQaAQaAQaAQaAQaAQaAQaAQbAQbAQbAQbAQbAQbAQbAQbAQbAQbAQcAQcAQcAQcAQcAQcAQcAQcAQcAQc\
AQdAQdAQdAQdAQdAQdAQdAQdAQdAQdAQeAQeAQeAQeAQeAQeAQeAQeAQeAQeAQfAQfAQfAQfAQfAQfAQfAQfAQfAQfAQgAQgAQgAQgAQgAQgAQgAQgAQgAQg\
AQhAQhAQhAQhAQhAQhAQhAQhAQhAQhAQiAQiAQiAQiAQiAQiAQiAQiAQiAQiAQjAQjAQjAQjAQjAQjAQjAQjAQjAQjAQkAQkAQkAQkAQkAQkAQkAQkAQkAQk\
AQlAQlAQlAQlAQlAQlAQlAQlAQlAQlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQnAAAAQoAAAAQpAAAAQpAAAAAAAAAAAAAAA\
AQqAAAAAAAAAAAAAAAAAAAAAAAAAQrAAAAAAAAAAAAAAAAAAAAAAAAAAAAQrAAAAQsAAAAAAAAAAAAAAAAAAAAAAAAAQsAQsAQsAQsAQsAQsAQsAQsAQsAQs\
AQtAQtAQtAQtAQtAQtAQtAQtAQtAQtAQuAQuAQuAQuAQuAQuAQuAQuAQuAQuAQvAQvAQvAQvAQvAQvAQvAQvAQvAQvAQwAQwAQwAQwAQwAQwAQwAQwAQwAQw\
AQxAQxAQxAQxAQxAQxAQxAQxAQxAQxAQyAQyAQyAQyAQyAQyAQyAQyAQyAQyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQ0AQ1AAAAAAAQ2AQ3\
AAAAAAAAAAAAAAAAAAAAAAQ4AAAAAAAQ5AAAAQ6AQ7AQ8AAAAQ9AQ+AQ/AAAARAAAAAAAARBARCARDAREARFARGAAAARHAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAARIAAAAAAAAAAAAAAAAAAARJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARJARJARKARLARJARJARJARJARJAAAAAAARJARJAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAARJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARJAAA\
ARMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARMAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAARMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARMAAAARNAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAROARPARQARRARSARTARUARVAAAAAAARWARWARWARWARWARWARWARWAAAAAAARXARXARXARYARXARXARXARXAAAAAAARXARXARXARZARaARXARXARb\
AAAAAAARcARcARcARcARcARcARcARcAAAAAAARdARdARdARdARdARdARdARdAAAAAAAAAAReAAAAAAARfAAAAAAAAAAAAAAAARgAAAAAAAAAAAAAAAARhAAA\
ARiARjARkARlARmARnARoARpAAAARqAAAAAAARrARsAAAAAAAAAAAAAAAAAAAAAAAAAAAARtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARoAAAAAAARuAAA\
ARqAAAAAAAAAAAAAAAAAAAAAAAAAAAARvAAAAAAARoAAAAAAAAAAAAAAAAAAARwARwARwARwARwARwARwARwARwARwARwARxARwARwARwARwARwARwARwARw\
ARwARxARwARwARwARyARwARwARwARwARwARxARzARwARwARyAAAAAAAAAAAAAR0ARxARwARwARwARwARwARwARwARwARwARxAR1AAAAR2ARwARwARwARwARw\
AR3AR3AR3AR3AR3AR3AR3AR3AR3AR3AR4AR4AR4AR4AR4AR4AR4AR4AR4AR4AR5AR5AR5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAR5\
AAAAAAAAAAAAAAAAAAAAAAAAAR5AR5AAAAAAAAAAAAAAAAAAAR5AAAAAAAAAAAAAAAAR6AR6AR6AR6AR6AR6AR5AR6AR6AAAAAAAAAAR6AR6AR6AR6AR6AR6\
AR6AR6AR6AR6AR6AR6AAAAAAAAAAAAAAAAAAAAAAAAAAAAR5AR5AR5AR5AR5AR5AR5AR5AR5AR5AAAAAAAAAAAAAR6AAAAAAAAAAAAAAAAR5AR6AR6AR6AR5\
AAAAAAAAAAAAAAAAAAAAAAAAAR5AAAAAAAAAAAAAR5AAAAAAAAAAAAAAAAAAAR5AAAAAAAAAAAAAAAAAAAAAAAAAAAAR6AR6AAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAR6AR6AR6AR6AR6AR6AAAAAAAAAAAAAAAAAAAAAAR5AAAAR5AAAAAAAAAAAAAAAAR5AAAAAAAAAAAAAAAAAAAR6AAAAAAAAAAAAAAAAAAAAAAAA\
AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AAAAR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AAAAR7AR7AR7AR7AR7AAAAR7AAAAR7AR7AR7AR7AR7AR7\
AAAAR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AR7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAR7AR8AR8AR8AR8AR8AR8AR8AR8AR8AR8\
AR9AR9AR9AR9AR9AR9AR9AR9AR9AR9AR+AR+AR+AR+AR+AR+AR+AR+AR+AR+AR/AR/AR/AR/AR/AR/AR/AR/AR/AR/ASAASAASAASAASAASAASAASAASAASA\
ASBASBASBASBASBASBASBASBASBASBASCASCASCASCASCASCASCASCASCASCASDASDASDASDASDASDASDASDASDASDASEASEASEASEASEASEASEASEASEASE\
ASFASFASFASFASFASFASFASFASFASFASGASGASGASGASGASGASGASGASGASGASHASHASHASHASHASHASHASHASHASHASIASIASIASIASIASIASIASIASIASI\
ASJASJASJASJASJASJASJASJASJASJASKASKASKASKASKASKASKASKASKASKASLASLASLASLASLASLASLASLASLASLASMASMASMASMASMASMASMASMASMASM\
ASNASNASNASNASNASNASNASNASNASNASOASOASOASOASOASOASOASOASOASOASPASPASPASPASPASPASPASPASPASPASQASQASQASQASQASQASQASQASQASQ\
ASRASRASRASRASRASRASRASRASRASRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASUAAAAAA\
AAAAAAAAAASVAAAAAAAAAAAAAAAAAAASWASWASWASWASWASWASWASWASWASWASXASXASXASXASXASXASXASXASXASXASYASYASYASYASYASYASYASYASYASY\
ASZASZASZASZASZASZASZASZASZASZASaASaASaASaASaASaASaASaASaASaASbASbASbASbASbASbASbASbASbASbAScAScAScAScAScAScAScAScAScASc\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASeASfAAAASgAShASiAAAASjASkASlAAAASmASnASoAAAAAAAAAAAAAAAAAAAAAAAAASpAAAAAA\
ASqAAAAAAASrASsAStASuASvASwAAAASxAAAAAAAAAAAAAAAAAAAAAAAAAAAASyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASyASyASzAS0ASyASyASyASyASy\
AAAAAAASyASyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASyAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAASyAAAAAAAS1AAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAS2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAS2AAAAS3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAS4AS4AS4AS4AS4AS4AS4AS4AAAAAAAS5AS5AS5AS6AS5AS5AS5AS5\
AAAAAAAS5AS5AS5AS7AS8AS5AS5AS9AAAAAAAS+AS/ATAATBATCATDATEATFAAAAAAATGATGATGATGATGATGATGATGAAAAAAATHATHATHATHATHATHATHATH\
ATIATIATIATIATIATIATIATIATIATIATIATJATIATIATIATIATIATIATIATIATIATJATIATIATIATKATIATIATIATIATIATJATLATIATIATKAAAAAAAAAAAA\
ATMATJATIATIATIATIATIATIATIATIATIATJATNAAAATOATIATIATIATIATIATPATPATPATPATPATPATPATPATPATPATQAAAAAAATRATSATTATUAAAAAAAAA\
ATQAAAAAAAAAAAAATVAAAATWATXAAAAAAAAAAAAAAAAAAATTATYAAAATZAAAAAAAAAAAAATaATbATcAAAATZATdAAAATeAAAATfATgATeAAAAAAATeAThATe\
AAAAAAATZATZATZATZATiATZATZATZAAAAAAATjAAAAAAAAAATkATlAThATmATnATnATnATnATnATnATnATnATnATnAToAToAToAToAToAToAToAToAToATo\
ATpATpATpATpATpATpATpATpATpATpATpAAAATpATpATpATpATpATpATpATpATpATpATpATpATpAAAATpATpATpATpATpAAAATpAAAATpATpATpATpATpATp\
AAAATpATpATpATpATpATpATpATpATpATpATpATpATpATpATpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATpATqATqATqATqATqATqATqATqATqATq\
ATqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATqAAAAAAAAAAAAAAAATqAAAAAAAAAATqATqAAAAAAAAAAAAATqAAAAAAAAAAAAAAAATqAAAAAAAAAAAA\
AAAAAAATqAAAAAAAAAATqAAAAAAAAAAAAAAAAAAAAAAAAAAAATqAAAAAAAAAAAAATqATqATqATqATqATqATqATqATqATqAAAATqATqATqATqATqATqATqATq\
AAAAAAATqATqATqATqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATqAAAAAAAAAATqATqATqATqAAAATqATqAAAAAAAAAATqAAAATqATqATqATqATqATq\
AAAAAAAAAATqATqAAAAAAAAAAAAAAAAAAAAAATqATqAAAATqATqATqATqATqAAAAAAAAAAAAAAAAAAAAAATqAAAAAAATqATqAAAAAAAAAAAAATqATqAAAAAA\
AAAAAAAAAAAAATqATqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATqATqATqAAAAAAAAAAAAATqAAAAAAATqATqAAAAAAAAAATqAAAAAAAAAAAAAAAAAAATq\
AAAAAAAAAAAAAAAAAAAAAATqAAAATqAAAATqATqAAAAAAAAAAAAATqAAAATqAAAATqAAAAAAAAAAAAATqATqATqATqATrATrATrATrATrATrATrATrATrATr\
ATsATsATsATsATsATsATsATsATsATsATtATtATtATtATtATtATtATtATtATtATuATuATuATuATuATuATuATuATuATuATvATvATvATvATvATvATvATvATvATv\
ATwATwATwATwATwATwATwATwATwATwATxATxATxATxATxATxATxATxATxATxATyATyATyATyATyATyATyATyATyATyATzATzATzATzATzATzATzATzATzATz\
AT0AT0AT0AT0AT0AT0AT0AT0AT0AT0AT1AT1AT1AT1AT1AT1AT1AT1AT1AT1AT2AT2AT2AT2AT2AT2AT2AT2AT2AT2AT3AT3AT3AT3AT3AT3AT3AT3AT3AT3\
AT4AT4AT4AT4AT4AT4AT4AT4AT4AT4AT5AT5AT5AT5AT5AT5AT5AT5AT5AT5AT6AT6AT6AT6AT6AT6AT6AT6AT6AT6AT7AT7AT7AT7AT7AT7AT7AT7AT7AT7\
AT8AT8AT8AT8AT8AT8AT8AT8AT8AT8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAT+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAT/AAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAA\
AUBAUBAUBAUBAUBAUBAUBAUBAUBAUBAUCAUCAUCAUCAUCAUCAUCAUCAUCAUCAUDAUDAUDAUDAUDAUDAUDAUDAUDAUDAUEAUEAUEAUEAUEAUEAUEAUEAUEAUE\
AUFAUFAUFAUFAUFAUFAUFAUFAUFAUFAUGAUGAUGAUGAUGAUGAUGAUGAUGAUGAUHAUHAUHAUHAUHAUHAUHAUHAUHAUHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAUJAUKAAAAULAUMAUNAAAAUOAUPAUQAAAAURAUSAUTAAAAAAAAAAAAAAAAAAAUUAAAAAAAAAAAAAUVAAAAAAAUWAUXAUYAUZAUaAUbAAA\
AUcAAAAAAAAAAAAAAAAAAAAAAAAAAAAUdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUdAUdAUeAUfAUdAUdAUdAUdAUdAAAAAAAUdAUdAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAUdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUdAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAUgAAAAUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUhAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAUiAUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUhAAA\
AUjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUkAUkAUkAUkAUkAUkAUkAUkAAAAAAAUlAUlAUlAUmAUlAUlAUlAUlAAAAAAAUlAUlAUlAUnAUoAUlAUlAUp\
AAAAAAAUqAUrAUrAUrAUrAUrAUrAUrAAAAAAAUsAUsAUsAUsAUsAUsAUsAUsAAAAAAAUtAUuAUuAUvAUwAUxAUuAUyAAAAAAAUzAUzAUzAUzAUzAUzAUzAUz\
AU0AU0AU0AU0AU0AU0AU0AU0AU0AU0AU0AU1AU0AU0AU0AU0AU0AU0AU0AU0AU0AU1AU0AU0AU0AU2AU0AU0AU0AU0AU0AU1AU3AU0AU0AU2AAAAAAAAAAAA\
AU4AU1AU0AU0AU0AU0AU0AU0AU0AU0AU0AU1AU5AAAAU6AU0AU0AU0AU0AU0AU7AU7AU7AU7AU7AU8AU8AU8AU8AU9AU8AU8AU8AU8AU8AU8AU8AU8AU8AU8\
AU+AU+AU+AU+AU+AU+AU+AU+AU+AU+AU/AU7AVAAU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU7AU/AU7AVBAU7AU7AU7AU7AU7AU7AU7\
AVCAVDAU8AU8AVEAVFAVGAVHAVIAVJAVKAU8AU8AU8AU8AU8AU8AU7AVLAVMAVNAVOAU8AU8AU8AU8AU8AU8AU8AVPAVQAVQAVQAVQAVQAVQAVQAVQAVQAVQ\
AVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAAAAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAAAAVRAVRAVRAVRAVRAAAAVRAAAAVRAVRAVRAVRAVRAVR\
AAAAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAVRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVRAVSAVSAVSAVSAVSAVSAVSAVSAVSAVS\
AVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVTAVSAVTAVTAVTAVTAVUAVUAVUAVUAVUAVUAVUAVUAVUAVUAAAAVSAVSAVSAVSAVSAVSAVSAVSAVS\
AVSAVSAAAAVSAVSAVSAVSAVSAVSAVSAVSAVSAVSAVVAVSAVVAVSAVSAVSAVSAAAAVTAVTAVTAAAAVTAVWAVTAAAAVTAVTAAAAVTAVTAAAAVTAVTAVTAVTAVT\
AVTAAAAAAAAAAAAAAAAAAAAAAVSAVSAVTAAAAAAAAAAAAAAAAVTAAAAAAAAAAAAAAAAVTAVTAVTAVTAVSAVSAVTAVTAVTAVTAVTAAAAAAAVTAVTAVTAVTAVT\
AVTAAAAAAAAAAVTAAAAAAAAAAAAAAAAAAAAAAAAAAAAVTAVTAVTAVTAVTAVTAVSAAAAVTAVTAVTAVTAVTAVSAVTAVTAVTAVSAVSAVSAVSAVTAVTAVSAVSAVS\
AVSAVSAVSAVSAVTAVTAVSAVSAVSAVSAAAAVTAVTAVTAVTAVTAVTAVTAVTAVSAVTAAAAVTAVTAAAAAAAAAAVTAVTAVSAVSAAAAVTAVTAVTAVSAVTAVSAVTAVS\
AVXAVXAVXAVXAVXAVXAVXAVXAVXAVXAVYAVYAVYAVYAVYAVYAVYAVYAVYAVYAVZAVZAVZAVZAVZAVZAVZAVZAVZAVZAVaAVaAVaAVaAVaAVaAVaAVaAVaAVa\
AVbAVbAVbAVbAVbAVbAVbAVbAVbAVbAVcAVcAVcAVcAVcAVcAVcAVcAVcAVcAVaAAAAAAAAAAAAAAAAAAAAAAAAAAAAVdAVdAVdAVdAVdAVdAVdAVdAVdAVd\
AVeAVeAVeAVeAVeAVeAVeAVeAVeAVeAVfAVfAVfAVfAVfAVfAVfAVfAVfAVfAVgAVgAVgAVgAVgAVgAVgAVgAVgAVgAVhAVhAVhAVhAVhAVhAVhAVhAVhAVh\
AViAViAViAViAViAViAViAViAViAViAVjAVjAVjAVjAVjAVjAVjAVjAVjAVjAVkAVkAVkAVkAVkAVkAVkAVkAVkAVkAVlAVlAVlAVlAVlAVlAVlAVlAVlAVl\
AVmAVmAVmAVmAVmAVmAVmAVmAVmAVmAVnAVnAVnAVnAVnAVnAVnAVnAVnAVnAVoAVoAVoAVoAVoAVoAVoAVoAVoAVoAVpAVpAVpAVpAVpAVpAVpAVpAVpAVp\
AVqAVqAVqAVqAVqAVqAVqAVqAVqAVqAVrAVrAVrAVrAVrAVrAVrAVrAVrAVrAVsAVsAVsAVsAVsAVsAVsAVsAVsAVsAVtAVtAVtAVtAVtAVtAVtAVtAVtAVt\
AVuAVuAVuAVuAVuAVuAVuAVuAVuAVuAVvAVvAVvAVvAVvAVvAVvAVvAVvAVvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAVxAAAAVyAAAAAAAAAAAAAAAAAAAVzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAV0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAV1AAA\
AAAAAAAAAAAAAAAAAAAV1AAAAAAAAAAV2AV2AV2AV2AV2AV2AV2AV2AV2AV2AV3AV3AV3AV3AV3AV3AV3AV3AV3AV3AV4AV4AV4AV4AV4AV4AV4AV4AV4AV4\
AV5AV5AV5AV5AV5AV5AV5AV5AV5AV5AV6AV6AV6AV6AV6AV6AV6AV6AV6AV6AV7AV7AV7AV7AV7AV7AV7AV7AV7AV7AV8AV8AV8AV8AV8AV8AV8AV8AV8AV8\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAV+AAAAAAAV/AWAAWBAAAAWCAWDAWEAAAAWFAWGAWHAAAAWIAAAAAAAWJAWKAWLAWMAWNAWOAAA\
AWPAAAAAAAAAAAAAAAAAAAAAAAAAAAAWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWQAWQAWRAWSAWQAWQAWQAWQAWQAAAAAAAWQAWQAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWQAAA\
AWTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWTAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAWTAAAAAAAWUAAAAAAAAAAAAAAAAAAAAAAWTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWTAAAAWVAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAWWAWWAWWAWWAWWAWWAWWAWWAAAAAAAWXAWXAWXAWYAWXAWXAWXAWXAAAAAAAWXAWXAWXAWZAWaAWXAWXAWbAAAAAAAWcAWcAWcAWcAWcAWcAWcAWc\
AAAAAAAWdAWeAWfAWgAWhAWiAAAAAAAAAAAAAWjAWjAWjAWjAWjAWjAWjAWjAWkAWkAWkAWkAWkAWkAWkAWkAWkAWkAWkAWlAWkAWkAWkAWkAWkAWkAWkAWk\
AWkAWlAWkAWkAWkAWmAWkAWkAWkAWkAWkAWlAWnAWkAWkAWmAAAAAAAAAAAAAWoAWlAWkAWkAWkAWkAWkAWkAWkAWkAWkAWlAWpAAAAWqAWkAWkAWkAWkAWk\
AWrAWrAWrAWrAWrAWrAWrAWrAWrAWrAAAAAAAWsAWtAAAAAAAAAAAAAAAAAAAWuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWvAWwAWxAAA\
AAAAAAAAAAAAAAAAWyAWzAAAAAAAAAAAAAAAAAAAAAAAAAAAAW0AAAAAAAAAAAAAAAAAAAAAAAAAAAAW1AAAAAAAAAAW2AW2AW2AW2AW2AW2AW2AW2AW2AW2\
AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AAAAW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AAAAW3AW3AW3AW3AW3AAAAW3AAAAW3AW3AW3AW3AW3AW3\
AAAAW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AW3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAW3AW4AW4AW4AW4AW4AW4AW4AW4AW4AW4\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAW5AAAAAAAAAAAAAAAAAAAW5AAAAAAAAAAAAAAAAW5AAAAAAAAAAAAAAAAAAAAAAW5AW5AAAAAAAAAAW5AW5AW5AW5AW5\
AW5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAW6AW6AAAAAAAAAAAAAAAAAAAW6AW6AW6AAAAAAAAAAAAAAAAAAAW5AW5AW5AAAAAA\
AW6AW6AW6AW6AW6AW6AW6AW6AW6AW6AW6AAAAW6AW6AW6AW6AW6AW6AAAAAAAW7AW7AW7AW7AW7AW7AW7AW7AW7AW7AW8AW8AW8AW8AW8AW8AW8AW8AW8AW8\
AW9AW9AW9AW9AW9AW9AW9AW9AW9AW9AW+AW+AW+AW+AW+AW+AW+AW+AW+AW+AW/AW/AW/AW/AW/AW/AW/AW/AW/AW/AXAAXAAXAAXAAXAAXAAXAAXAAXAAXA\
AXBAXBAXBAXBAXBAXBAXBAXBAXBAXBAXCAXCAXCAXCAXCAXCAXCAXCAXCAXCAXDAXDAXDAXDAXDAXDAXDAXDAXDAXDAXEAXEAXEAXEAXEAXEAXEAXEAXEAXE\
AXFAXFAXFAXFAXFAXFAXFAXFAXFAXFAXGAXGAXGAXGAXGAXGAXGAXGAXGAXGAXHAXHAXHAXHAXHAXHAXHAXHAXHAXHAXIAXIAXIAXIAXIAXIAXIAXIAXIAXI\
AXJAXJAXJAXJAXJAXJAXJAXJAXJAXJAXKAXKAXKAXKAXKAXKAXKAXKAXKAXKAXLAXLAXLAXLAXLAXLAXLAXLAXLAXLAXMAXMAXMAXMAXMAXMAXMAXMAXMAXM\
AXNAXNAXNAXNAXNAXNAXNAXNAXNAXNAXOAXOAXOAXOAXOAXOAXOAXOAXOAXOAXPAXPAXPAXPAXPAXPAXPAXPAXPAXPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAXRAAAAAAAAAAAAAAAAAAAAAAXSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXTAXUAXUAXUAXUAXUAXUAXUAXUAXUAXU\
AXVAXVAXVAXVAXVAXVAXVAXVAXVAXVAXWAXWAXWAXWAXWAXWAXWAXWAXWAXWAXXAXXAXXAXXAXXAXXAXXAXXAXXAXXAXYAXYAXYAXYAXYAXYAXYAXYAXYAXY\
AXZAXZAXZAXZAXZAXZAXZAXZAXZAXZAXaAXaAXaAXaAXaAXaAXaAXaAXaAXaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXcAAAAXdAAAAAAAXeAXf\
AAAAAAAAAAAAAXgAAAAAAAAAAAAAAAAXhAAAAXiAXjAXkAAAAXlAXmAXnAAAAXoAAAAAAAXpAXqAXrAXsAXtAXuAAAAXvAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAXwAAAAAAAAAAAAAXxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXxAXxAXyAXzAXxAXxAXxAXxAXxAAAAAAAXxAXxAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAXxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXxAAA\
AX0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAX0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAX0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAX0AAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAX0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAX0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAX0AAAAX1AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAX2AX3AX4AX5AX6AX7AX8AX9AAAAAAAX+AX+AX+AX+AX+AX+AX+AX+AAAAAAAX/AX/AX/AYAAX/AX/AX/AX/AAAAAAAX/AX/AX/AYBAYCAX/AX/AYD\
AAAAAAAYEAYEAYEAYEAYEAYEAYEAYEAAAAAAAYFAYFAYFAYFAYFAYFAYFAYFAAAAAAAYGAYHAYIAAAAYJAAAAAAAAAAAAAAAAYKAYLAAAAAAAAAAAAAAAAAA\
AAAAYMAYNAAAAYIAAAAAAAAAAAAAAAAAAAYOAYPAAAAYQAYRAAAAYSAAAAAAAAAAAAAYLAYTAYUAAAAAAAAAAAAAAAAAAAAAAAAAYVAYWAAAAYXAYYAAAAAA\
AYVAYZAYaAAAAYbAAAAAAAAAAYTAAAAAAAYcAYdAYeAYfAAAAAAAYgAAAAYRAYhAYhAYhAYhAYhAYhAYhAYhAYhAYhAYhAYiAYhAYhAYhAYhAYhAYhAYhAYh\
AYhAYiAYhAYhAYhAYjAYhAYhAYhAYhAYhAYiAYkAYhAYhAYjAAAAAAAAAAAAAYlAYiAYhAYhAYhAYhAYhAYhAYhAYhAYhAYiAYmAAAAYnAYhAYhAYhAYhAYh\
AYoAYoAYoAYoAYoAYoAYoAYoAYoAYoAYpAYpAYpAYpAYpAYpAYpAYpAYpAYpAAAAAAAYqAAAAAAAAAAAAAAAAAAAAAAAAAAAAYqAYqAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAYqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYqAAAAAAAAAAAAAYrAYrAYrAYrAYrAYrAYrAYrAYrAAAAAAAAAAYqAAAAAAAAAAAAAAAAAA\
AAAAAAAYrAYrAYrAYrAYrAAAAAAAAAAYrAYrAYrAYrAYrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYrAYrAAAAAAAAAAAAAAAAAAAAAAYrAYrAYrAAAAYr\
AAAAAAAAAAAAAAAAAAAYrAYrAYrAYrAYrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYqAAA\
AYqAAAAAAAAAAAAAAAAAAAAAAAAAYrAYqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYqAAAAYqAYqAYqAAAAYqAAAAAAAAAAAAAAAAAAAYqAYqAYqAYq\
AAAAAAAAAAAAAAAAAAAAAAYqAAAAAAAAAAAAAAAAAAAYqAYqAAAAAAAAAAAAAAAAAAAAAAAAAAAAYrAYrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYqAYq\
AAAAAAAAAAAAAYqAAAAYrAYrAAAAYrAAAAAAAYrAYrAYrAYrAYrAYrAYrAYrAYrAAAAAAAAAAAAAAAAYrAYrAYrAYrAYqAAAAAAAYqAAAAYqAYqAYqAYqAYq\
AAAAAAAAAAAAAAAAAAAYsAAAAAAAAAAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAAAAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAAAAYtAYtAYtAYt\
AYtAAAAYtAAAAYtAYtAYtAYtAYtAYtAAAAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAYtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYt\
AYuAYuAYuAYuAYuAYuAYuAYuAYuAYuAYsAYsAYsAYsAYsAYsAYsAYsAYsAYsAYvAYvAYvAYvAYvAYvAYvAYvAYvAYvAYwAYwAYwAYwAYwAYwAYwAYwAYwAYw\
AYxAYxAYxAYxAYxAYxAYxAYxAYxAYxAYyAYyAYyAYyAYyAYyAYyAYyAYyAYyAYzAYzAYzAYzAYzAYzAYzAYzAYzAYzAY0AY0AY0AY0AY0AY0AY0AY0AY0AY0\
AY1AY1AY1AY1AY1AY1AY1AY1AY1AY1AY2AY2AY2AY2AY2AY2AY2AY2AY2AY2AY3AY3AY3AY3AY3AY3AY3AY3AY3AY3AY4AY4AY4AY4AY4AY4AY4AY4AY4AY4\
AY5AY5AY5AY5AY5AY5AY5AY5AY5AY5AY6AY6AY6AY6AY6AY6AY6AY6AY6AY6AY7AY7AY7AY7AY7AY7AY7AY7AY7AY7AY8AY8AY8AY8AY8AY8AY8AY8AY8AY8\
AY9AY9AY9AY9AY9AY9AY9AY9AY9AY9AY+AY+AY+AY+AY+AY+AY+AY+AY+AY+AY/AY/AY/AY/AY/AY/AY/AY/AY/AY/AZAAZAAZAAZAAZAAZAAZAAZAAZAAZA\
AZBAZBAZBAZBAZBAZBAZBAZBAZBAZBAZCAZCAZCAZCAZCAZCAZCAZCAZCAZCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZEAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAZFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZGAAAAAAAAAAAAAZHAZHAZHAZHAZHAZHAZHAZHAZHAZHAZIAZIAZIAZIAZIAZIAZIAZIAZIAZI\
AZJAZJAZJAZJAZJAZJAZJAZJAZJAZJAZKAZKAZKAZKAZKAZKAZKAZKAZKAZKAZLAZLAZLAZLAZLAZLAZLAZLAZLAZLAZMAZMAZMAZMAZMAZMAZMAZMAZMAZM\
AZNAZNAZNAZNAZNAZNAZNAZNAZNAZNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZPAAAAZQAZRAZSAZTAAAAZUAZVAZWAAAAZXAZYAZZAAA\
AAAAAAAAAAAAAAAAZaAAAAAAAAAAAAAZbAAAAAAAZcAZdAZeAZfAZgAZhAAAAZiAAAAAAAAAAAAAAAAAAAAAAAAAAAAZjAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAZjAZjAZkAZlAZjAZjAZjAZjAZjAAAAAAAZjAZjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZjAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAZjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZjAAAAAAAAAAAAAAAAAAAAAAAAAAAAZmAAAAZnAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAZnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZnAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAZnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZnAAAAZoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZpAZpAZpAZpAZpAZpAZpAZp\
AAAAAAAZqAZqAZqAZrAZqAZqAZqAZqAAAAAAAZqAZqAZqAZsAZtAZqAZqAZuAAAAAAAZvAZwAZxAZyAZzAZ0AZ1AAAAAAAAAAZ2AZ2AZ2AZ2AZ2AZ2AZ2AZ2\
AAAAAAAZ3AZ3AZ3AZ3AZ3AZ3AZ3AZ3AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ5AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ5AZ4AZ4AZ4AZ6AZ4AZ4AZ4AZ4\
AZ4AZ5AZ7AZ4AZ4AZ6AAAAAAAAAAAAAZ8AZ5AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ4AZ5AZ9AAAAZ+AZ4AZ4AZ4AZ4AZ4AAAAAAAAAAZ/AAAAAAAAAAAAAaAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAaBAAAAAAAAAAAAAaCAAAAaDAaEAAAAaFAAAAAAAaGAaHAAAAAAAAAAAAAaIAaBAAAAAAAAAAAAAaJAAAAAAAAAAAAAAAAAA\
AAAAaKAaLAaMAAAAaJAAAAAAAAAAAAAAAAaNAAAAAAAAAAAAAAAAAAAAAAAAAaOAaOAaOAaOAaOAaOAaOAaOAaOAaOAaPAaPAaPAaPAaPAaPAaPAaPAaPAaP\
AaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAAAAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAAAAaQAaQAaQAaQAaQAAAAaQAAAAaQAaQAaQAaQAaQAaQ\
AAAAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAaQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaQAAAAAAAAAAAAAaRAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAaSAaSAaSAaSAAAAAAAAAAAAAAAAAAAaSAAAAAAAAAAAAAAAAaRAAAAAAAAAAAAAAAAAAAAAAAAAAAAaRAaRAaRAaRAaRAaRAaRAaRAaRAaR\
AaSAaSAaRAaRAaRAaRAaRAaRAaRAaRAaRAaRAaRAAAAaSAaSAaSAaSAaSAaSAAAAAAAAAAAAAAAAAAAAAAAAAaSAaSAaSAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AaRAaRAaRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaRAAAAAAAAAAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaSAaS\
AaSAaSAaSAaSAAAAAAAAAAAAAAAAAAAAAAAAAaSAAAAAAAAAAAAAAAAAAAAAAaTAaTAaTAaTAaTAaTAaTAaTAaTAaTAaUAaUAaUAaUAaUAaUAaUAaUAaUAaU\
AaVAaVAaVAaVAaVAaVAaVAaVAaVAaVAaWAaWAaWAaWAaWAaWAaWAaWAaWAaWAaXAaXAaXAaXAaXAaXAaXAaXAaXAaXAaYAaYAaYAaYAaYAaYAaYAaYAaYAaY\
AaZAaZAaZAaZAaZAaZAaZAaZAaZAaZAaaAaaAaaAaaAaaAaaAaaAaaAaaAaaAabAabAabAabAabAabAabAabAabAabAacAacAacAacAacAacAacAacAacAac\
AadAadAadAadAadAadAadAadAadAadAaeAaeAaeAaeAaeAaeAaeAaeAaeAaeAafAafAafAafAafAafAafAafAafAafAagAagAagAagAagAagAagAagAagAag\
AahAahAahAahAahAahAahAahAahAahAaiAaiAaiAaiAaiAaiAaiAaiAaiAaiAajAajAajAajAajAajAajAajAajAajAakAakAakAakAakAakAakAakAakAak\
AalAalAalAalAalAalAalAalAalAalAamAamAamAamAamAamAamAamAamAamAanAanAanAanAanAanAanAanAanAanAaoAaoAaoAaoAaoAaoAaoAaoAaoAao\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaqAAAAAAAAAAAAAAAAAAAAAAarAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAasAAA\
AatAatAatAatAatAatAatAatAatAatAauAauAauAauAauAauAauAauAauAauAavAavAavAavAavAavAavAavAavAavAawAawAawAawAawAawAawAawAawAaw\
AaxAaxAaxAaxAaxAaxAaxAaxAaxAaxAayAayAayAayAayAayAayAayAayAayAazAazAazAazAazAazAazAazAazAazAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAa1Aa2AAAAa3Aa4Aa5AAAAa6Aa7Aa8AAAAa9Aa+Aa/AAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAbBAAAAAAAbCAbDAbEAbFAbGAbHAAA\
AbIAAAAAAAAAAAAAAAAAAAAAAAAAAAAbJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbJAbJAbKAbLAbJAbJAbJAbJAbJAAAAAAAbJAbJAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAbJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbJAAA\
AbMAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbNAAA\
AbOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbPAbPAbPAbPAbPAbPAbPAbPAAAAAAAbQAbQAbQAbRAbQAbQAbQAbQAAAAAAAbQAbQAbQAbSAbTAbQAbQAbU\
AAAAAAAbVAbWAbXAbYAbZAbaAbbAbcAAAAAAAbdAbdAbdAbdAbdAbdAbdAbdAAAAAAAbeAbeAbeAbeAbeAbeAbeAbeAbfAbfAbfAbfAbfAbfAbfAbfAbfAbf\
AbfAbgAbfAbfAbfAbfAbfAbfAbfAbfAbfAbgAbfAbfAbfAbhAbfAbfAbfAbfAbfAbgAbiAbfAbfAbhAAAAAAAAAAAAAbjAbgAbfAbfAbfAbfAbfAbfAbfAbf\
AbfAbgAbkAAAAblAbfAbfAbfAbfAbfAAAAAAAAAAbmAAAAbnAAAAAAAboAAAAAAAAAAbpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbqAAAAAAAAAAAAAbrAAA\
AAAAAAAAAAbsAAAAbtAAAAAAAbuAAAAAAAAAAAAAAAAAAAAAAbvAbwAbsAAAAAAAAAAAAAAAAAAAAAAAAAAAAbxAAAAAAAAAAAAAbuAbuAbuAbuAbuAbuAbu\
AAAAAAAAAAAAAAAAAAAAAAAAAbyAAAAbzAbzAbzAbzAbzAbzAbzAbzAbzAbzAb0Ab0Ab0Ab0Ab0Ab0Ab0Ab0Ab0Ab0Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1\
Ab1AAAAb1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1AAAAb1Ab1Ab1Ab1Ab1AAAAb1AAAAb1Ab1Ab1Ab1Ab1Ab1AAAAb1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1\
Ab1Ab1Ab1Ab1Ab1Ab1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAb1AAAAAAAAAAb2Ab2Ab2Ab2Ab2AAAAAAAAAAAAAAAAAAAAAAAAAb2AAAAAAAAA\
AAAAAAAAAAAAAb2Ab2Ab2Ab2Ab2AAAAAAAb2Ab2Ab2AAAAAAAAAAAAAb2AAAAAAAAAAAAAb2AAAAAAAAAAAAAAAAAAAAAAAAAAAAb2Ab2AAAAAAAAAAb2AAA\
AAAAAAAb2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAb2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAb2AAAAAAAAAAAAAAAAb2AAAAAAAAAAAAAAA\
Ab2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAb2AAAAb2AAAAAAAb2Ab2AAAAAAAAAAAAAAAAAAAAAAAAAAAAb2Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3\
Ab4Ab4Ab4Ab4Ab4Ab4Ab4Ab4Ab4Ab4Ab5Ab5Ab5Ab5Ab5Ab5Ab5Ab5Ab5Ab5Ab6Ab6Ab6Ab6Ab6Ab6Ab6Ab6Ab6Ab6Ab7Ab7Ab7Ab7Ab7Ab7Ab7Ab7Ab7Ab7\
Ab8Ab8Ab8Ab8Ab8Ab8Ab8Ab8Ab8Ab8Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab+Ab+Ab+Ab+Ab+Ab+Ab+Ab+Ab+Ab+Ab/Ab/Ab/Ab/Ab/Ab/Ab/Ab/Ab/Ab/\
AcAAcAAcAAcAAcAAcAAcAAcAAcAAcAAcBAcBAcBAcBAcBAcBAcBAcBAcBAcBAcCAcCAcCAcCAcCAcCAcCAcCAcCAcCAcDAcDAcDAcDAcDAcDAcDAcDAcDAcD\
AcEAcEAcEAcEAcEAcEAcEAcEAcEAcEAcFAcFAcFAcFAcFAcFAcFAcFAcFAcFAcGAcGAcGAcGAcGAcGAcGAcGAcGAcGAcHAcHAcHAcHAcHAcHAcHAcHAcHAcH\
AcIAcIAcIAcIAcIAcIAcIAcIAcIAcIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcLAAAAAAAcMAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AcNAcNAcNAcNAcNAcNAcNAcNAcNAcNAcOAcOAcOAcOAcOAcOAcOAcOAcOAcOAcPAcPAcPAcPAcPAcPAcPAcPAcPAcPAcQAcQAcQAcQAcQAcQAcQAcQAcQAcQ\
AcRAcRAcRAcRAcRAcRAcRAcRAcRAcRAcSAcSAcSAcSAcSAcSAcSAcSAcSAcSAcTAcTAcTAcTAcTAcTAcTAcTAcTAcTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAcVAcWAAAAcXAcYAcZAAAAcaAcbAccAAAAcdAceAcfAAAAAAAAAAAAAAAAAAAAAAcgAAAAAAAAAAchAAAAAAAciAcjAckAclAcmAcnAAA\
AcoAAAAAAAAAAAAAAAAAAAAAAAAAAAAcpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcpAcpAcqAcrAcpAcpAcpAcpAcpAAAAAAAcpAcpAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAcpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcpAAA\
AAAAAAAAAAAAAcsAAAAAAAAAAAAAAAActAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAActAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAActAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAActAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAActAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAActAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAActAAA\
AcuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcvAcvAcvAcvAcvAcvAcvAcvAAAAAAAcwAcwAcwAcxAcwAcwAcwAcwAAAAAAAcwAcwAcwAcyAczAcwAcwAc0\
AAAAAAAAAAc1Ac2AAAAAAAAAAAAAAAAAAAAAAc3Ac3Ac3Ac3Ac3Ac3Ac3Ac3AAAAAAAc4Ac4Ac4Ac4Ac4Ac4Ac4Ac4Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5\
Ac5Ac6Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac6Ac5Ac5Ac5Ac7Ac5Ac5Ac5Ac5Ac5Ac6Ac8Ac5Ac5Ac7AAAAAAAAAAAAAc9Ac6Ac5Ac5Ac5Ac5Ac5Ac5Ac5Ac5\
Ac5Ac6Ac+AAAAc/Ac5Ac5Ac5Ac5Ac5AAAAAAAAAAAAAdAAAAAAAAAAAAAAdBAAAAdCAAAAAAAAAAAAAAAAAAAAAAdDAdEAdEAdEAdEAdEAdEAdEAdEAdEAdE\
AdFAdFAdFAdFAdFAdFAdFAdFAdFAdFAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAAAAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAAAAdGAdGAdGAdG\
AdGAAAAdGAAAAdGAdGAdGAdGAdGAdGAAAAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAdGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdG\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAdHAAAAdHAdHAdHAdHAdHAdHAAAAAAAAAAdIAdIAdIAdIAAAAAAAAAAAAAAAAAAAAAAdIAdHAdHAdHAdHAdHAAAAAAAAA\
AdJAdJAdJAdJAdJAdJAdJAdJAdJAdJAdKAdKAdKAdKAdKAdKAdKAdKAdKAdKAdLAdLAdLAdLAdLAdLAdLAdLAdLAdLAdMAdMAdMAdMAdMAdMAdMAdMAdMAdM\
AdNAdNAdNAdNAdNAdNAdNAdNAdNAdNAdOAdOAdOAdOAdOAdOAdOAdOAdOAdOAdPAdPAdPAdPAdPAdPAdPAdPAdPAdPAdQAdQAdQAdQAdQAdQAdQAdQAdQAdQ\
AdRAdRAdRAdRAdRAdRAdRAdRAdRAdRAdSAdSAdSAdSAdSAdSAdSAdSAdSAdSAdTAdTAdTAdTAdTAdTAdTAdTAdTAdTAdUAdUAdUAdUAdUAdUAdUAdUAdUAdU\
AdVAdVAdVAdVAdVAdVAdVAdVAdVAdVAdWAdWAdWAdWAdWAdWAdWAdWAdWAdWAdXAdXAdXAdXAdXAdXAdXAdXAdXAdXAdYAdYAdYAdYAdYAdYAdYAdYAdYAdY\
AdZAdZAdZAdZAdZAdZAdZAdZAdZAdZAdaAdaAdaAdaAdaAdaAdaAdaAdaAdaAdbAdbAdbAdbAdbAdbAdbAdbAdbAdbAdcAdcAdcAdcAdcAdcAdcAdcAdcAdc\
AddAddAddAddAddAddAddAddAddAddAdeAdeAdeAdeAdeAdeAdeAdeAdeAdeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdgAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAdhAAAAAAAAAAAAAAAAAAAAAAdiAAAAAAAAAAAAAAAAdjAdjAdjAdjAdjAdjAdjAdjAdjAdjAdkAdkAdkAdkAdkAdkAdkAdkAdkAdk\
AdlAdlAdlAdlAdlAdlAdlAdlAdlAdlAdmAdmAdmAdmAdmAdmAdmAdmAdmAdmAdnAdnAdnAdnAdnAdnAdnAdnAdnAdnAdoAdoAdoAdoAdoAdoAdoAdoAdoAdo\
AdpAdpAdpAdpAdpAdpAdpAdpAdpAdpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdrAAAAdsAdtAduAdvAAAAdwAdxAdyAAAAdzAd0Ad1AAA\
AAAAAAAAAAAAAAAAAAAAAAAAAd2AAAAd3AAAAAAAd4Ad5Ad6Ad7Ad8Ad9AAAAd+AAAAAAAd/AAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAeAAeAAeBAeCAeAAeAAeAAeAAeAAAAAAAAeAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAeDAAAAAAAeEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAeEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeEAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAeEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeEAAAAeFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeD\
AAAAAAAeGAeGAeGAeGAeGAeGAeGAeGAAAAAAAeHAeHAeHAeIAeHAeHAeHAeHAAAAAAAeHAeHAeHAeJAeKAeHAeHAeLAAAAAAAeMAeMAeMAeMAeMAeMAeMAeM\
AAAAAAAeNAeNAeNAeNAeNAeNAeNAeNAAAAAAAeOAeOAeOAeOAeOAeOAeOAeOAePAePAePAePAePAePAePAePAePAePAePAeQAePAePAePAePAePAePAePAeP\
AePAeQAePAePAePAeRAePAePAePAePAePAeQAeSAePAePAeRAAAAAAAAAAAAAeTAeQAePAePAePAePAePAePAePAePAePAeQAeUAAAAeVAePAePAePAePAeP\
AeWAeWAeWAeWAeWAeWAeWAeWAeWAeWAeXAeXAeXAeXAeXAeXAeXAeXAeXAeXAeYAeYAeYAeYAeYAeYAeYAeYAeYAeYAeZAeZAeZAeZAeZAeZAeZAeZAeZAeZ\
AeZAAAAeZAeZAeZAeZAeZAeZAeZAeZAeZAeZAeZAeZAeZAAAAeZAeZAeZAeZAeZAAAAeZAAAAeZAeZAeZAeZAeZAeZAAAAeZAeZAeZAeZAeZAeZAeZAeZAeZ\
AeZAeZAeZAeZAeZAeZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeZAeaAeaAeaAeaAeaAeaAeaAeaAeaAeaAebAebAebAebAebAebAebAebAebAeb\
AecAecAecAecAecAecAecAecAecAecAedAedAedAedAedAedAedAedAedAedAeeAeeAeeAeeAeeAeeAeeAeeAeeAeeAefAefAefAefAefAefAefAefAefAef\
AegAegAegAegAegAegAegAegAegAegAehAehAehAehAehAehAehAehAehAehAeiAeiAeiAeiAeiAeiAeiAeiAeiAeiAejAejAejAejAejAejAejAejAejAej\
AekAekAekAekAekAekAekAekAekAekAelAelAelAelAelAelAelAelAelAelAemAemAemAemAemAemAemAemAemAemAenAenAenAenAenAenAenAenAenAen\
AeoAeoAeoAeoAeoAeoAeoAeoAeoAeoAepAepAepAepAepAepAepAepAepAepAeqAeqAeqAeqAeqAeqAeqAeqAeqAeqAerAerAerAerAerAerAerAerAerAer\
AesAesAesAesAesAesAesAesAesAesAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeuAAAAevAAAAAAAAAAAAAAAAAAAAAAAAAewAAAAAAAAAAAAAexAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeyAezAezAezAezAezAezAezAezAezAezAe0Ae0Ae0Ae0Ae0Ae0Ae0Ae0Ae0Ae0\
Ae1Ae1Ae1Ae1Ae1Ae1Ae1Ae1Ae1Ae1Ae2Ae2Ae2Ae2Ae2Ae2Ae2Ae2Ae2Ae2Ae3Ae3Ae3Ae3Ae3Ae3Ae3Ae3Ae3Ae3Ae4Ae4Ae4Ae4Ae4Ae4Ae4Ae4Ae4Ae4\
Ae5Ae5Ae5Ae5Ae5Ae5Ae5Ae5Ae5Ae5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAe7AAAAe8Ae9Ae+Ae/AAAAfAAfBAfCAAAAfDAfEAfFAAA\
AAAAAAAfGAAAAAAAAAAAAAAAAAAAAAAfHAAAAAAAfIAfJAfKAfLAfMAfNAAAAfOAAAAAAAAAAAAAAAAAAAAAAAAAAAAfPAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAfPAfPAfQAfRAfPAfPAfPAfPAfPAAAAAAAfPAfPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfPAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAfPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfPAAAAAAAfSAAAAAAAAAAAAAAAAAAAAAAAAAfTAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAfTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfTAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAfTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfTAAAAfUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfVAfVAfVAfVAfVAfVAfVAfV\
AAAAAAAfWAfWAfWAfXAfWAfWAfWAfWAAAAAAAfWAfWAfWAfYAfZAfWAfWAfaAAAAAAAAAAAAAAAAfbAAAAAAAAAAAAAAAAAAAfcAfcAfcAfcAfcAfcAfcAfc\
AAAAAAAfdAfdAfdAfdAfdAfdAfdAfdAfeAfeAfeAfeAfeAfeAfeAfeAfeAfeAfeAffAfeAfeAfeAfeAfeAfeAfeAfeAfeAffAfeAfeAfeAfgAfeAfeAfeAfe\
AfeAffAfhAfeAfeAfgAAAAAAAAAAAAAfiAffAfeAfeAfeAfeAfeAfeAfeAfeAfeAffAfjAAAAfkAfeAfeAfeAfeAfeAAAAflAfmAAAAfnAfoAAAAAAAfpAfq\
AfrAfrAfrAfrAfrAfrAfrAfrAfrAfrAfsAfsAfsAfsAfsAfsAfsAfsAfsAfsAftAftAftAftAftAftAftAftAftAftAftAAAAftAftAftAftAftAftAftAft\
AftAftAftAftAftAAAAftAftAftAftAftAAAAftAAAAftAftAftAftAftAftAAAAftAftAftAftAftAftAftAftAftAftAftAftAftAftAftAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAftAfuAAAAfuAAAAAAAAAAAAAAAAAAAAAAfuAfuAfuAfuAfuAfuAfuAfuAfuAfuAAAAAAAfvAfvAfvAfvAfvAfvAfvAAA\
AfuAAAAAAAfuAfuAAAAfuAfuAAAAfuAfuAfuAfuAfvAfuAfuAfuAfuAfuAfvAfvAAAAAAAAAAAAAfvAfvAAAAAAAAAAfwAfwAfwAfwAfwAfwAfwAfwAfwAfw\
AfxAfxAfxAfxAfxAfxAfxAfxAfxAfxAfyAfyAfyAfyAfyAfyAfyAfyAfyAfyAfzAfzAfzAfzAfzAfzAfzAfzAfzAfzAf0Af0Af0Af0Af0Af0Af0Af0Af0Af0\
Af1Af1Af1Af1Af1Af1Af1Af1Af1Af1Af2Af2Af2Af2Af2Af2Af2Af2Af2Af2Af3Af3Af3Af3Af3Af3Af3Af3Af3Af3Af4Af4Af4Af4Af4Af4Af4Af4Af4Af4\
Af5Af5Af5Af5Af5Af5Af5Af5Af5Af5Af6Af6Af6Af6Af6Af6Af6Af6Af6Af6Af7Af7Af7Af7Af7Af7Af7Af7Af7Af7Af8Af8Af8Af8Af8Af8Af8Af8Af8Af8\
Af9Af9Af9Af9Af9Af9Af9Af9Af9Af9Af+Af+Af+Af+Af+Af+Af+Af+Af+Af+Af/Af/Af/Af/Af/Af/Af/Af/Af/Af/AgAAgAAgAAgAAgAAgAAgAAgAAgAAgA\
AgBAgBAgBAgBAgBAgBAgBAgBAgBAgBAgCAgCAgCAgCAgCAgCAgCAgCAgCAgCAgDAgDAgDAgDAgDAgDAgDAgDAgDAgDAgEAgEAgEAgEAgEAgEAgEAgEAgEAgE\
AgFAgFAgFAgFAgFAgFAgFAgFAgFAgFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgHAAAAAAAAAAAAAgIAAAAAAAAAAAAAAAAAAAAA\
AAAAgJAAAAAAAAAAAAAAAAAAAAAAAAAgKAgKAgKAgKAgKAgKAgKAgKAgKAgKAgLAgLAgLAgLAgLAgLAgLAgLAgLAgLAgMAgMAgMAgMAgMAgMAgMAgMAgMAgM\
AgNAgNAgNAgNAgNAgNAgNAgNAgNAgNAgOAgOAgOAgOAgOAgOAgOAgOAgOAgOAgPAgPAgPAgPAgPAgPAgPAgPAgPAgPAgQAgQAgQAgQAgQAgQAgQAgQAgQAgQ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgSAgTAAAAgUAgVAgWAAAAgXAgYAgZAAAAgaAgbAgcAAAAAAAAAAAAAAAAgdAAAAAAAAAAAAAAA\
AgeAAAAAAAgfAggAghAgiAgjAgkAAAAglAAAAAAAAAAAAAAAAAAAAAAAAAAAAgmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgmAgmAgnAgoAgmAgmAgmAgmAgm\
AAAAAAAgmAgmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgmAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAgmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgpAgqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgqAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAgqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgqAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAgqAAAAgrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgsAgsAgsAgsAgsAgsAgsAgsAAAAAAAgtAgtAgtAguAgtAgtAgtAgt\
AAAAAAAgtAgtAgtAgvAgwAgtAgtAgxAAAAAAAgyAgzAg0AAAAAAAg1AAAAg2AAAAAAAg3Ag3Ag3Ag3Ag3Ag3Ag3Ag3AAAAAAAg4Ag4Ag4Ag4Ag4Ag4Ag4Ag4\
Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag6Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag6Ag5Ag5Ag5Ag7Ag5Ag5Ag5Ag5Ag5Ag6Ag8Ag5Ag5Ag7AAAAAAAAAAAA\
Ag9Ag6Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag5Ag6Ag+AAAAg/Ag5Ag5Ag5Ag5Ag5AAAAAAAAAAhAAhBAAAAhCAAAAAAAAAAhDAhDAhDAhDAhDAhDAhDAhDAhDAhD\
AAAAAAAAAAhEAhEAAAAAAAAAAAAAAAAAAAhFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhGAhHAhIAAAAAAAAAAhJAhJAhJAhJAhJAhJAhJAhJAhJAhJ\
AhKAhKAhKAhKAhKAhKAhKAhKAhKAhKAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAAAAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAAAAhLAhLAhLAhL\
AhLAAAAhLAAAAhLAhLAhLAhLAhLAhLAAAAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAhLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhL\
AAAAhMAhMAAAAAAAAAAAAAAAAAAAhMAAAAhMAhMAhMAhMAhMAhMAhMAAAAhMAAAAAAAAAAAAAAAAAAAhNAAAAAAAAAAhMAhMAhMAhMAhMAhMAhMAhMAhMAhM\
AAAAhMAhMAhMAAAAAAAAAAAAAAAAAAAhOAhOAhNAAAAAAAAAAAAAAAAAAAAAAhNAhNAhNAhNAhNAhNAhNAhNAhNAhNAhNAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAhOAAAAAAAAAAhPAhPAhPAhPAhPAhPAhPAhPAhPAhPAhQAhQAhQAhQAhQAhQAhQAhQAhQAhQAhRAhRAhRAhRAhRAhRAhRAhRAhRAhR\
AhSAhSAhSAhSAhSAhSAhSAhSAhSAhSAhTAhTAhTAhTAhTAhTAhTAhTAhTAhTAhUAhUAhUAhUAhUAhUAhUAhUAhUAhUAhVAhVAhVAhVAhVAhVAhVAhVAhVAhV\
AhWAhWAhWAhWAhWAhWAhWAhWAhWAhWAhXAhXAhXAhXAhXAhXAhXAhXAhXAhXAhYAhYAhYAhYAhYAhYAhYAhYAhYAhYAhZAhZAhZAhZAhZAhZAhZAhZAhZAhZ\
AhaAhaAhaAhaAhaAhaAhaAhaAhaAhaAhbAhbAhbAhbAhbAhbAhbAhbAhbAhbAhcAhcAhcAhcAhcAhcAhcAhcAhcAhcAhdAhdAhdAhdAhdAhdAhdAhdAhdAhd\
AheAheAheAheAheAheAheAheAheAheAhfAhfAhfAhfAhfAhfAhfAhfAhfAhfAhgAhgAhgAhgAhgAhgAhgAhgAhgAhgAhhAhhAhhAhhAhhAhhAhhAhhAhhAhh\
AhiAhiAhiAhiAhiAhiAhiAhiAhiAhiAhjAhjAhjAhjAhjAhjAhjAhjAhjAhjAhkAhkAhkAhkAhkAhkAhkAhkAhkAhkAhlAhlAhlAhlAhlAhlAhlAhlAhlAhl\
AhmAhmAhmAhmAhmAhmAhmAhmAhmAhmAhnAhnAhnAhnAhnAhnAhnAhnAhnAhnAhoAhoAhoAhoAhoAhoAhoAhoAhoAhoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhqAAAAAAAAAAAAAAAAAAAAAAhrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhs\
AhtAhtAhtAhtAhtAhtAhtAhtAhtAhtAhuAhuAhuAhuAhuAhuAhuAhuAhuAhuAhvAhvAhvAhvAhvAhvAhvAhvAhvAhvAhwAhwAhwAhwAhwAhwAhwAhwAhwAhw\
AhxAhxAhxAhxAhxAhxAhxAhxAhxAhxAhyAhyAhyAhyAhyAhyAhyAhyAhyAhyAhzAhzAhzAhzAhzAhzAhzAhzAhzAhzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAh1AAAAAAAh2Ah3Ah4AAAAh5Ah6Ah7AAAAh8Ah9Ah+AAAAh/AAAAAAAiAAiBAiCAiDAiEAiFAAAAiGAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AiHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiHAiHAiIAiJAiHAiHAiHAiHAiHAAAAAAAiHAiHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiHAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAiHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiHAAAAiKAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAiKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiKAAAAiLAAA\
AAAAAAAAAAAAAAAAAAAAAAiKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiKAAAAiMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiNAiNAiNAiNAiNAiNAiNAiN\
AAAAAAAiOAiOAiOAiPAiOAiOAiOAiOAAAAAAAiOAiOAiOAiQAiRAiOAiOAiSAAAAAAAiTAiTAiTAiTAiTAiTAiTAiTAAAAAAAiUAiVAiWAAAAiXAiYAiZAAA\
AAAAAAAiaAiaAiaAiaAiaAiaAiaAiaAibAibAibAibAibAibAibAibAibAibAibAicAibAibAibAibAibAibAibAibAibAicAibAibAibAidAibAibAibAib\
AibAicAieAibAibAidAAAAAAAAAAAAAifAicAibAibAibAibAibAibAibAibAibAicAigAAAAihAibAibAibAibAibAiiAiiAiiAiiAiiAiiAiiAiiAiiAii\
AijAikAilAilAimAinAinAinAinAinAinAinAinAinAinAinAinAinAinAinAAAAAAAAAAioAAAAAAAinAinAinAinAipAiqAirAilAilAilAilAisAinAil\
AitAiuAinAinAinAinAinAinAinAinAivAAAAiwAAAAAAAAAAAAAAAAAAAAAAixAixAixAixAixAixAixAixAixAixAiyAiyAiyAiyAiyAiyAiyAiyAiyAiy\
AiyAAAAiyAiyAiyAiyAiyAiyAiyAiyAiyAiyAiyAiyAiyAAAAiyAiyAiyAiyAiyAAAAiyAAAAiyAiyAiyAiyAiyAiyAAAAiyAiyAiyAiyAiyAiyAiyAiyAiy\
AiyAiyAiyAiyAiyAiyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiyAizAizAizAizAizAizAizAizAizAizAAAAi0AAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAi0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0AAAAAAAAAAAAAAAAAAAAAAi1Ai1Ai1Ai1Ai1Ai1Ai1Ai1Ai1Ai1\
Ai1Ai1Ai1Ai1Ai1Ai1Ai1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAi0Ai0Ai0Ai0AAAAi0Ai0Ai0Ai0Ai0Ai0Ai0Ai2Ai1Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0\
Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai0Ai1Ai0AAAAi1Ai1Ai1Ai1Ai1Ai1Ai1Ai1Ai1Ai1AAAAi1Ai1Ai1Ai1Ai1Ai1Ai1Ai1AizAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAi0Ai0AAAAi0AAAAAAAAAAAAAAAAi3Ai3Ai3Ai3Ai3Ai3Ai3Ai3Ai3Ai3Ai4Ai4Ai4Ai4Ai4Ai4Ai4Ai4Ai4Ai4Ai5Ai5Ai5Ai5Ai5Ai5Ai5Ai5Ai5Ai5\
Ai6Ai6Ai6Ai6Ai6Ai6Ai6Ai6Ai6Ai6Ai7Ai7Ai7Ai7Ai7Ai7Ai7Ai7Ai7Ai7Ai8Ai8Ai8Ai8Ai8Ai8Ai8Ai8Ai8Ai8Ai9Ai9Ai9Ai9Ai9Ai9Ai9Ai9Ai9Ai9\
Ai+Ai+Ai+Ai+Ai+Ai+Ai+Ai+Ai+Ai+Ai/Ai/Ai/Ai/Ai/Ai/Ai/Ai/Ai/Ai/AjAAjAAjAAjAAjAAjAAjAAjAAjAAjAAjBAjBAjBAjBAjBAjBAjBAjBAjBAjB\
AjCAjCAjCAjCAjCAjCAjCAjCAjCAjCAjDAjDAjDAjDAjDAjDAjDAjDAjDAjDAjEAjEAjEAjEAjEAjEAjEAjEAjEAjEAjFAjFAjFAjFAjFAjFAjFAjFAjFAjF\
AjGAjGAjGAjGAjGAjGAjGAjGAjGAjGAjHAjHAjHAjHAjHAjHAjHAjHAjHAjHAjIAjIAjIAjIAjIAjIAjIAjIAjIAjIAjJAjJAjJAjJAjJAjJAjJAjJAjJAjJ\
AjKAjKAjKAjKAjKAjKAjKAjKAjKAjKAjLAjLAjLAjLAjLAjLAjLAjLAjLAjLAjMAjMAjMAjMAjMAjMAjMAjMAjMAjMAjNAjNAjNAjNAjNAjNAjNAjNAjNAjN\
AjOAjOAjOAjOAjOAjOAjOAjOAjOAjOAjPAjPAjPAjPAjPAjPAjPAjPAjPAjPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAjRAAAAAAAAAAAAAAAAAAAAAAjSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjTAAAAjUAjUAjUAjUAjUAjUAjUAjUAjUAjU\
AjVAjVAjVAjVAjVAjVAjVAjVAjVAjVAjWAjWAjWAjWAjWAjWAjWAjWAjWAjWAjXAjXAjXAjXAjXAjXAjXAjXAjXAjXAjYAjYAjYAjYAjYAjYAjYAjYAjYAjY\
AjZAjZAjZAjZAjZAjZAjZAjZAjZAjZAjaAjaAjaAjaAjaAjaAjaAjaAjaAjaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjcAAAAjdAjeAjf\
AjgAAAAjhAjiAjjAAAAjkAjlAjmAAAAAAAAAAAAAAAAAAAAAAAAAAAAjnAAAAjoAAAAAAAjpAjqAjrAjsAjtAjuAAAAjvAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AjwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjwAjwAjxAjyAjwAjwAjwAjwAjwAAAAAAAjwAjwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjwAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAjwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjwAAAAAAAAAAAAAAAAjzAAAAAAAAAAAAAAA\
Aj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAj0AAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAj0AAAAj1AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAj2Aj2Aj2Aj2Aj2Aj2Aj2Aj2AAAAAAAj3Aj3Aj3Aj4Aj3Aj3Aj3Aj3AAAAAAAj3Aj3Aj3Aj5Aj6Aj3Aj3Aj7AAAAAAAj8Aj9Aj+Aj/AkAAkBAAAAAA\
AAAAAAAkCAkCAkCAkCAkCAkCAkCAkCAAAAAAAkDAkDAkDAkDAkDAkDAkDAkDAkEAkEAkEAkEAkEAkEAkEAkEAkEAkEAkEAkFAkEAkEAkEAkEAkEAkEAkEAkE\
AkEAkFAkEAkEAkEAkGAkEAkEAkEAkEAkEAkFAkHAkEAkEAkGAAAAAAAAAAAAAkIAkFAkEAkEAkEAkEAkEAkEAkEAkEAkEAkFAkJAAAAkKAkEAkEAkEAkEAkE\
AAAAAAAAAAAAAAAAAAAkLAAAAAAAAAAAAAAAAAAAAAAAAAAAAkMAkNAkOAAAAAAAAAAAAAkPAAAAkQAAAAAAAkRAkSAAAAkTAkUAkVAAAAkWAAAAkXAAAAkY\
AAAAAAAAAAkZAAAAAAAAAAAAAAAAAAAAAAAAAkaAAAAAAAAAAAAAAAAkbAAAAkcAkcAkcAkcAkcAkcAkcAkcAkcAkcAkdAkdAkdAkdAkdAkdAkdAkdAkdAkd\
AkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAAAAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAAAAkeAkeAkeAkeAkeAAAAkeAAAAkeAkeAkeAkeAkeAke\
AAAAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAkeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkeAAAAAAAAAAAAAAAAAAAkfAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAkfAAAAAAAAAAkgAkgAkgAkgAkgAkgAAAAAAAkfAAA\
AkfAkfAkfAkfAkgAkgAkfAkfAkfAAAAkfAkfAkfAkfAkfAkfAkfAkfAkfAkgAkgAkgAkgAkgAkgAkgAkgAkgAkgAAAAkhAkhAkhAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAkgAkgAkgAkgAkgAkgAkgAkgAkgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkfAAAAAAAAAAAAAkfAkfAkfAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAkfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkfAAAAkgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkfAAAAAAAAAAAAAAA\
AkiAkiAkiAkiAkiAkiAkiAkiAkiAkiAkjAkjAkjAkjAkjAkjAkjAkjAkjAkjAkkAkkAkkAkkAkkAkkAkkAkkAkkAkkAklAklAklAklAklAklAklAklAklAkl\
AkmAkmAkmAkmAkmAkmAkmAkmAkmAkmAknAknAknAknAknAknAknAknAknAknAkoAkoAkoAkoAkoAkoAkoAkoAkoAkoAkpAkpAkpAkpAkpAkpAkpAkpAkpAkp\
AkqAkqAkqAkqAkqAkqAkqAkqAkqAkqAkrAkrAkrAkrAkrAkrAkrAkrAkrAkrAksAksAksAksAksAksAksAksAksAksAktAktAktAktAktAktAktAktAktAkt\
AkuAkuAkuAkuAkuAkuAkuAkuAkuAkuAkvAkvAkvAkvAkvAkvAkvAkvAkvAkvAkwAkwAkwAkwAkwAkwAkwAkwAkwAkwAkxAkxAkxAkxAkxAkxAkxAkxAkxAkx\
AkyAkyAkyAkyAkyAkyAkyAkyAkyAkyAkzAkzAkzAkzAkzAkzAkzAkzAkzAkzAk0Ak0Ak0Ak0Ak0Ak0Ak0Ak0Ak0Ak0Ak1Ak1Ak1Ak1Ak1Ak1Ak1Ak1Ak1Ak1\
Ak2Ak2Ak2Ak2Ak2Ak2Ak2Ak2Ak2Ak2Ak3Ak3Ak3Ak3Ak3Ak3Ak3Ak3Ak3Ak3Ak4Ak4Ak4Ak4Ak4Ak4Ak4Ak4Ak4Ak4Ak5Ak5Ak5Ak5Ak5Ak5Ak5Ak5Ak5Ak5\
Ak6Ak6Ak6Ak6Ak6Ak6Ak6Ak6Ak6Ak6Ak7Ak7Ak7Ak7Ak7Ak7Ak7Ak7Ak7Ak7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAk9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAk+AAAAAAAAAAAAAAAAk/AAAAAAAAAAAAAAAAlAAlAAlAAlAAlAAlAAlAAlAAlAAlA\
AlBAlBAlBAlBAlBAlBAlBAlBAlBAlBAlCAlCAlCAlCAlCAlCAlCAlCAlCAlCAlDAlDAlDAlDAlDAlDAlDAlDAlDAlDAlEAlEAlEAlEAlEAlEAlEAlEAlEAlE\
AlFAlFAlFAlFAlFAlFAlFAlFAlFAlFAlGAlGAlGAlGAlGAlGAlGAlGAlGAlGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlIAAAAAAAlJAAAAAAAlKAlL\
AAAAAAAAAAAAAAAAAAAAAAAAAlMAAAAlNAAAAlOAlPAlQAAAAlRAlSAlTAAAAlUAAAAAAAlVAlWAlXAlYAlZAlaAAAAlbAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAlcAAAAAAAAAAAAAAAAldAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAldAldAleAlfAldAldAldAldAldAAAAAAAldAldAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAldAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAldAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAldAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAldAAA\
AlgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlgAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAlgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlgAAAAlhAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAliAljAlkAllAAAAlmAlnAAAAAAAAAAloAloAloAloAloAloAloAloAAAAAAAlpAlpAlpAlqAlpAlpAlpAlpAAAAAAAlpAlpAlpAlrAlsAlpAlpAlt\
AAAAAAAluAluAluAluAluAluAluAluAAAAAAAlvAlvAlvAlvAlvAlvAlvAlvAAAAAAAlwAAAAlxAAAAAAAAAAAAAAAAlyAAAAAAAAAAlzAAAAl0AAAAAAAl1\
AAAAAAAl2AAAAl3AAAAl0AAAAAAAl4AAAAAAAAAAAAAlzAAAAl0AAAAAAAl5AAAAAAAAAAAAAAAAAAAAAAl6AAAAAAAAAAAAAAAAAAAAAAl2Al7AAAAAAAAA\
Al8Al8Al8Al8Al8Al8Al8Al8Al8Al8Al8Al9Al8Al8Al8Al8Al8Al8Al8Al8Al8Al9Al8Al8Al8Al+Al8Al8Al8Al8Al8Al9Al/Al8Al8Al+AAAAAAAAAAAA\
AmAAl9Al8Al8Al8Al8Al8Al8Al8Al8Al8Al9AmBAAAAmCAl8Al8Al8Al8Al8AmDAmDAmDAmDAmDAmDAmDAmDAmDAmDAmEAmEAmEAmEAmEAmEAmEAmEAmEAmE\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAmFAAAAAAAAAAAAAAAAmGAAAAAAAAAAAAAmGAmGAmGAmGAAAAAAAAAAAAAAAAAAAmGAmGAmGAmGAmGAmGAmGAmGAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAmGAAAAAAAAAAAAAmGAmGAAAAAAAAAAAAAAAAAAAAAAmFAAAAAAAAAAAAAAAAAAAAAAmGAmGAmGAmGAmGAmGAmGAAAAAAAAA\
AAAAAAAAAAAAAmFAmFAmGAAAAAAAmGAAAAAAAAAAAAAAAAAAAmGAAAAAAAmGAAAAAAAAAAAAAmFAAAAAAAAAAAAAAAAAAAAAAAAAAAAmFAmFAAAAAAAAAAmF\
AmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAAAAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAAAAmHAmHAmHAmHAmHAAAAmHAAAAmHAmHAmHAmHAmHAmH\
AAAAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAmHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmHAmIAmIAmIAmIAmIAmIAmIAmIAmIAmI\
AmJAmJAmJAmJAmJAmJAmJAmJAmJAmJAmKAmKAmKAmKAmKAmKAmKAmKAmKAmKAmLAmLAmLAmLAmLAmLAmLAmLAmLAmLAmMAmMAmMAmMAmMAmMAmMAmMAmMAmM\
AmNAmNAmNAmNAmNAmNAmNAmNAmNAmNAmOAmOAmOAmOAmOAmOAmOAmOAmOAmOAmPAmPAmPAmPAmPAmPAmPAmPAmPAmPAmQAmQAmQAmQAmQAmQAmQAmQAmQAmQ\
AmRAmRAmRAmRAmRAmRAmRAmRAmRAmRAmSAmSAmSAmSAmSAmSAmSAmSAmSAmSAmTAmTAmTAmTAmTAmTAmTAmTAmTAmTAmUAmUAmUAmUAmUAmUAmUAmUAmUAmU\
AmVAmVAmVAmVAmVAmVAmVAmVAmVAmVAmWAmWAmWAmWAmWAmWAmWAmWAmWAmWAmXAmXAmXAmXAmXAmXAmXAmXAmXAmXAmYAmYAmYAmYAmYAmYAmYAmYAmYAmY\
AmZAmZAmZAmZAmZAmZAmZAmZAmZAmZAmaAmaAmaAmaAmaAmaAmaAmaAmaAmaAmbAmbAmbAmbAmbAmbAmbAmbAmbAmbAmcAmcAmcAmcAmcAmcAmcAmcAmcAmc\
AmdAmdAmdAmdAmdAmdAmdAmdAmdAmdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmgAAA\
AAAAAAAAAAAAAmhAAAAAAAAAAAAAAAAmiAmiAmiAmiAmiAmiAmiAmiAmiAmiAmjAmjAmjAmjAmjAmjAmjAmjAmjAmjAmkAmkAmkAmkAmkAmkAmkAmkAmkAmk\
AmlAmlAmlAmlAmlAmlAmlAmlAmlAmlAmmAmmAmmAmmAmmAmmAmmAmmAmmAmmAmnAmnAmnAmnAmnAmnAmnAmnAmnAmnAmoAmoAmoAmoAmoAmoAmoAmoAmoAmo\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmqAAAAmrAAAAAAAmsAmtAAAAAAAAAAAAAmuAAAAAAAAAAAAAAAAmvAAAAmwAmxAmyAAAAmzAm0Am1AAA\
Am2AAAAAAAm3Am4Am5Am6Am7Am8AAAAm9AAAAAAAAAAAAAAAAAAAAAAAAAAAAm+AAAAAAAAAAAAAAAAAAAAAAAAAAAAm/AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAm/Am/AnAAnBAm/Am/Am/Am/Am/AAAAAAAm/Am/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAm/AAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAm/AAAAnCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnCAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAnCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnCAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAnCAAAAnDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnEAnFAnGAnHAnIAnJAnKAnLAAAAAAAnMAnMAnMAnMAnMAnMAnMAnM\
AAAAAAAnNAnNAnNAnOAnNAnNAnNAnNAAAAAAAnNAnNAnNAnPAnQAnNAnNAnRAAAAAAAnSAnSAnSAnSAnSAnSAnSAnSAAAAAAAnTAnTAnTAnTAnTAnTAnTAnT\
AnUAnVAnWAAAAnXAAAAAAAnYAAAAAAAAAAAAAAAAnZAnaAAAAAAAAAAAAAAAAAAAAAAnbAAAAnaAAAAAAAncAndAAAAAAAncAAAAAAAAAAneAAAAAAAAAAAA\
AAAAAAAnfAAAAnbAAAAAAAnYAAAAngAAAAnhAniAAAAAAAAAAAAAnUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnj\
AnkAnkAnkAnkAnkAnkAnkAnkAnkAnkAnkAnlAnkAnkAnkAnkAnkAnkAnkAnkAnkAnlAnkAnkAnkAnmAnkAnkAnkAnkAnkAnlAnnAnkAnkAnmAAAAAAAAAAAA\
AnoAnlAnkAnkAnkAnkAnkAnkAnkAnkAnkAnlAnpAAAAnqAnkAnkAnkAnkAnkAnrAnrAnrAnrAnrAnrAnrAnrAnrAnrAnsAnsAnsAnsAnsAnsAnsAnsAnsAns\
AntAntAntAntAntAntAntAntAntAntAntAAAAAAAAAAAAAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAAAAntAntAntAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAnt\
AAAAAAAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAntAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAAAAAAAAAAntAntAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAntAntAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAAAAntAAAAAAAAAAAAAAAAAAAAAAAAAAAAntAntAAAAAAAAA\
AntAAAAntAntAAAAAAAAAAAAAAAAAAAAAAAAAntAntAntAntAAAAntAntAntAAAAAAAAAAAAAAAAntAAAAntAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAntAAA\
AnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAAAAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAAAAnuAnuAnuAnuAnuAAAAnuAAAAnuAnuAnuAnuAnuAnu\
AAAAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAnuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnuAnvAnvAnvAnvAnvAnvAnvAnvAnvAnv\
AnwAnwAnwAnwAnwAnwAnwAnwAnwAnwAnxAnxAnxAnxAnxAnxAnxAnxAnxAnxAnyAnyAnyAnyAnyAnyAnyAnyAnyAnyAnzAnzAnzAnzAnzAnzAnzAnzAnzAnz\
An0An0An0An0An0An0An0An0An0An0An1An1An1An1An1An1An1An1An1An1An2An2An2An2An2An2An2An2An2An2An3An3An3An3An3An3An3An3An3An3\
An4An4An4An4An4An4An4An4An4An4An5An5An5An5An5An5An5An5An5An5An6An6An6An6An6An6An6An6An6An6An7An7An7An7An7An7An7An7An7An7\
An8An8An8An8An8An8An8An8An8An8An9An9An9An9An9An9An9An9An9An9An+An+An+An+An+An+An+An+An+An+An/An/An/An/An/An/An/An/An/An/\
AoAAoAAoAAoAAoAAoAAoAAoAAoAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoDAAAAAAAAAAAAAAAAoEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AoFAoFAoFAoFAoFAoFAoFAoFAoFAoFAoGAoGAoGAoGAoGAoGAoGAoGAoGAoGAoHAoHAoHAoHAoHAoHAoHAoHAoHAoHAoIAoIAoIAoIAoIAoIAoIAoIAoIAoI\
AoJAoJAoJAoJAoJAoJAoJAoJAoJAoJAoKAoKAoKAoKAoKAoKAoKAoKAoKAoKAoLAoLAoLAoLAoLAoLAoLAoLAoLAoLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAoNAoOAAAAAAAAAAoPAoQAoRAAAAAAAoSAoTAoUAoVAAAAoWAoXAoYAoZAoaAAAAAAAAAAAAAobAocAodAoeAofAogAohAoiAojAokAolAAAAAA\
AomAomAomAonAomAomAomAomAomAomAAAAooAooAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAooAAAAAAAAAAAAAooAooAooAAAAooAooAooAAAAoo\
AAAAooAooAooAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAooAAAAAAAAAAAAAAAAooAooAooAooAooAAAAAAAooAAAAooAooAAAAAAAooAooAAAAAAAAAAAA\
AAAAooAAAAAAAAAAAAAAAAAAAAAAAAAAAAooAAAAooAAAAooAooAAAAAAAAAAAAAooAAAAooAooAAAAooAooAAAAAAAAAAooAooAooAooAooAAAAAAAAAAAA\
AAAAooAooAooAooAooAooAooAAAAAAAAAAooAooAooAooAooAooAAAAooAooAopAAAAAAAoqAopAAAAAAAAAAorAoqAosAooAooAooAooAooAooAooAooAAA\
AooAooAAAAAAAAAAAAAAAAAAAAAAAAAAAAooAAAAooAooAooAooAAAAAAAAAAooAooAooAooAooAooAooAooAooAAAAAAAooAAAAAAAAAAooAooAooAAAAAA\
AooAooAooAooAAAAooAooAooAAAAooAAAAooAooAooAAAAAAAAAAooAooAooAotAotAotAotAotAotAotAotAotAotAouAotAotAotAotAotAotAotAotAot\
AovAovAovAovAovAovAovAovAovAovAowAowAowAowAowAowAowAowAowAowAoxAoxAoxAoxAoxAoxAoxAoxAoxAoxAoyAoyAoyAoyAoyAoyAoyAoyAoyAoy\
AAAAAAAAAAAAAAAAAAAAAAAAAozAAAAo0Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao1Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao0Ao2Ao2Ao2Ao2Ao2Ao2Ao2Ao2Ao2Ao2\
Ao3Ao3Ao3Ao3Ao3Ao3Ao3Ao3Ao3Ao3Ao4Ao4Ao4Ao4Ao4Ao4Ao4Ao4Ao4Ao4Ao5Ao5Ao5Ao5Ao5Ao5Ao5Ao5Ao5Ao5Ao6Ao6Ao6Ao6Ao6Ao6Ao6Ao6Ao6Ao6\
Ao7Ao7Ao7Ao7Ao7Ao7Ao7Ao7Ao7Ao7Ao8Ao7Ao7Ao9Ao7Ao7Ao+Ao7Ao/Ao7ApAApAApAApAApAApAApAApAApAApAApBApBApBApBApBApBApBApBApBApB\
ApCApCApCApCApCApCApCApCApCApCApDApDApDApDApDApDApDApDApDApDApEApEApEApEApEApEApEApEApEApEApFApFApFApFApFApFApFApFApFApF\
AAAAAAAAAAAAAAAApFAAAAAAAAAAAAApFApFApFApFApFApFApFApFAAAAAAApFApFApFApFApFAAAAAAAAAAAAApFApFAAAAAAAAAApFApFApFApFApFApF\
ApGApGApGApGApGApGApGApGApGApGApHApHApHApHApHApHApHApHApHApHApIApIApIApIApIApIApIApIApIApIApJApJApJApJApJApJApJApJApJApJ\
AopAopAopAopAopAopAopAopAopAopApKApKApKApKApKApKApKApKApKApKApLApLApLApLApLApLApLApLApLApLApMApMApMApMApMApMApMApMApMApM\
ApNApNApNApNApNApNApNApNApNApNApOApOApOApOApOApOApOApOApOApOApPApPApPApPApPApPApPApPApPApPApQApQApQApQApQApQApQApQApQApQ\
ApRApRApRApRApRApRApRApRApRApRApSApSApSApSApSApSApSApSApSApSApTApTApTApTApTApTApTApTApTApTApUApUApUApUApUApUApUApUApUApU\
ApVApVApVApVApVApVApVApVApVApVApWApWApWApWApWApWApWApWApWApWApXApXApXApXApXApXApXApXApXApXApYApYApYApYApYApYApYApYApYApY\
ApZApZApZApZApZApZApZApZApZApZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApbApbAAAAAAAAAApbApbApcApcApcApcApcApcApcApcApcApc\
ApdApdApdApdApdApdApdApdApdApdApeApeApeApeApeApeApeApeApeApeApfApfApfApfApfApfApfApfApfApfApgApgApgApgApgApgApgApgApgApg\
AphAphAphAphAphAphAphAphAphAphApiApiApiApiApiApiApiApiApiApiApjApjApjApjApjApjApjApjApjApjApkApkApkApkApkApkApkApkApkApk\
AplAplAplAplAplAplAplAplAplAplApmApmApmApmApmApmApmApmApmApmApnApnApnApnApnApnApnApnApnApnApoApoApoApoApoApoApoApoApoApo\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApqAprAAAApsAptApuAAAApvApwApxApyApzAAAAp0Ap1AAAAAAAAAAAAAAAAAAAAAAAA\
Ap2Ap2Ap2AAAAAAAp2Ap2Ap2Ap2AAAAp3Ap4Ap5Ap6Ap7Ap8Ap9Ap+Ap/AAAAAAAqAAqBAqCAqDAqEAqFAqGAqHAqIAAAAAAAAAAAAAAAAAAAAAAp2AAAAAA\
AAAAqJAAAAAAAAAAAAAAAAAAAAAAAAAp2Ap2Ap2Ap2Ap2AAAAAAAAAAAAAAAAAAAp2AAAAAAAAAAp2Ap2Ap2Ap2AAAAAAAAAAAAAAAAAAAp2AAAAAAAAAAAA\
AqKAAAAAAAAAAAAAAAAAAAAAAqLAqMAqNAAAAAAAAAAAAAAAAAAAAAAAAAAAAqOAqOAqOAqOAqOAqOAqOAqOAqOAqOAAAAAAAqPAqPAqQAqRAqSAAAAAAAAA\
AAAAAAAqPAqPAqTAqRAAAAAAAAAAAAAAAAAAAqPAqPAAAAqRAAAAAAAAAAAAAAAAAAAqPAqTAqUAqRAAAAAAAAAAAAAAAAAAAqPAqVAqPAqWAAAAAAAAAAqX\
AAAAAAAqPAqWAqYAqRAAAAAAAAAAAAAAAAAAAqPAqPAqPAqZAqaAAAAAAAAAAAAAAAAqPAAAAAAAAAAAAAAAAAAAAAAAAAAAAqPAqbAqcAqRAAAAqPAAAAAA\
AAAAAAAqPAqPAqdAqeAAAAAAAAAAAAAAAAAAAqPAqfAqgAqhAAAAAAAAAAAAAAAAAAAqPAqPAqPAqiAAAAAAAAAAAAAAAAAAAqPAqjAAAAqRAAAAAAAAAAAA\
AAAAAAAqPAqPAqkAqRAqaAAAAAAAAAAAAAAAAqPAqWAqlAqRAAAAAAAAAAAAAAAAAAAqPAqPAqmAqnAAAAqPAAAAqPAAAAAAAqPAqPAqQAqRAAAAAAAAAAAA\
AAAAAAAqPAqoAAAAqRAAAAAAAAAAAAAqpAqpAqpAqpAqpAqpAqpAqpAqpAqpAqqAqqAqqAqqAqqAqqAqqAqqAqqAqqAqrAqrAqrAqrAqrAqrAqrAqrAqrAqr\
AqsAqsAqsAqsAqsAqsAqsAqsAqsAqsAAAAAAAAAAAAAAAAAAAAAAAAAqtAAAAquAquAquAquAquAquAquAquAquAquAqvAqvAqvAqvAqvAqvAqvAqvAqvAqv\
AqvAqvAqvAqvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqvAAAAAAAAAAqvAAAAAAAAAAAAAAAAAAAqvAqvAqvAqvAqvAqvAqvAqvAAAAqv\
AqvAqvAqvAqvAAAAqvAqvAqvAqvAqvAqvAqvAAAAqvAqvAqvAqvAqvAqvAqvAAAAqvAqvAqvAqvAqvAqvAqvAqvAqvAAAAAAAAAAAAAAAAAAAAAAqvAAAAAA\
AqvAqvAqvAqvAqvAqvAqvAqvAAAAAAAAAAqvAAAAAAAAAAAAAAAAAAAAAAqvAAAAqvAAAAAAAAAAAAAAAAAAAAAAAAAAAAqvAqvAqvAqvAAAAqvAqvAqvAqv\
AqvAqvAqvAqvAqvAqvAAAAAAAAAAAAAAAAAAAAAAAAAqvAAAAqvAqvAqvAqvAAAAAAAAAAqvAqvAAAAqvAAAAAAAqvAqvAAAAAAAAAAAAAAAAqvAqvAAAAqv\
AAAAAAAAAAAAAAAAAAAqvAAAAAAAAAAAAAqvAqvAAAAAAAAAAqvAqvAAAAqvAAAAqvAAAAqvAAAAAAAAAAAAAAAAqvAAAAqvAqvAqvAAAAqvAqvAqvAqvAqv\
AqvAqvAqvAqvAqvAqvAqvAqvAqvAAAAqvAqvAqvAqvAqvAAAAAAAAAAAAAAAAqvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqvAAAAAAAAAAAAAqvAAAAqv\
AAAAqvAqvAAAAqvAqvAAAAqvAqvAAAAqwAqwAqwAqwAqwAqwAqwAqwAqwAqwAqxAqxAqxAqxAqxAqxAqxAqxAqxAqxAqyAqyAqyAqyAqyAqyAqyAqyAqyAqy\
AqzAqzAqzAqzAqzAqzAqzAqzAqzAqzAq0Aq0Aq0Aq0Aq0Aq0Aq0Aq0Aq0Aq0Aq1Aq1Aq1Aq1Aq1Aq1Aq1Aq1Aq1Aq1Aq2Aq2Aq2Aq2Aq2Aq2Aq2Aq2Aq2Aq2\
Aq3Aq3Aq3Aq3Aq3Aq3Aq3Aq3Aq3Aq3Aq4Aq4Aq4Aq4Aq4Aq4Aq4Aq4Aq4Aq4Aq5Aq5Aq5Aq5Aq5Aq5Aq5Aq5Aq5Aq5Aq6Aq6Aq6Aq6Aq6Aq6Aq6Aq6Aq6Aq6\
Aq7Aq7Aq7Aq7Aq7Aq7Aq7Aq7Aq7Aq7Aq8Aq8Aq8Aq8Aq8Aq8Aq8Aq8Aq8Aq8Aq9Aq9Aq9Aq9Aq9Aq9Aq9Aq9Aq9Aq9Aq+Aq+Aq+Aq+Aq+Aq+Aq+Aq+Aq+Aq+\
Aq/Aq/Aq/Aq/Aq/Aq/Aq/Aq/Aq/Aq/ArAArAArAArAArAArAArAArAArAArAArBArBArBArBArBArBArBArBArBArBAqKAqKAqKAqKAqKAqKAqKAqKAqKAqK\
ArCArCArCArCArCArCArCArCArCArCArDArDArDArDArDArDArDArDArDArDArEArEArEArEArEArEArEArEArEArEArFArFArFArFArFArFArFArFArFArF\
ArGArGArGArGArGArGArGArGArGArGArHArHArHArHArHArHArHArHArHArHArIArIArIArIArIArIArIArIArIArIArJArJArJArJArJArJArJArJArJArJ\
ArKArKArKArKArKArKArKArKArKArKArLArLArLArLArLArLArLArLArLArLArMArMArMArMArMArMArMArMArMArMArNArNArNArNArNArNArNArNArNArN\
ArOArOArOArOArOArOArOArOArOArOArPArPArPArPArPArPArPArPArPArPArQArQArQArQArQArQArQArQArQArQArRArRArRArRArRArRArRArRArRArR\
ArSArSArSArSArSArSArSArSArSArSArTArTArTArTArTArTArTArTArTArTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAArVAAAAAAArWArWArWArWArWArWArWArWArWArWArXArXArXArXArXArXArXArXArXArXArYArYArYArYArYArYArYArYArYArY\
ArZArZArZArZArZArZArZArZArZArZAraAraAraAraAraAraAraAraAraAraArbArbArbArbArbArbArbArbArbArbArcArcArcArcArcArcArcArcArcArc\
ArdArdArdArdArdArdArdArdArdArdAreAreAreAreAreAreAreAreAreAreArfArfArfArfArfArfArfArfArfArfArgArgArgArgArgArgArgArgArgArg\
ArhArhArhArhArhArhArhArhArhArhAriAriAriAriAriAriAriAriAriAriAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArkArlArmArnAroArpAAAArqArr\
ArsArsArsArtAAAAruAAAAAAAAAAAAArmArmArmArmArmArmArmArmArmArmArvArvArvArvArvArvArvArvArvArvArmAAAAAAAAAAAAArmArmArmArmAAA\
ArmAAAAAAAAAAAAArmAAAArwAAAAAAAAAAAAArmAAAArmArmArmAAAArmArmArxAAAArmAAAArmAAAArmAAAArmAAAAryAAAArmArmAAAArmArmArmAAAAAA\
ArzArzArzArzArzArzArzArzArzArzAAAAAAArvArvAAAAAAAAAAAAAAAAAAAr0Ar0Ar0Ar0Ar0Ar0Ar0Ar0Ar0Ar0Ar1Ar1Ar1Ar1Ar1Ar1Ar1Ar1Ar1Ar1\
Ar2Ar2Ar2Ar2Ar2Ar2Ar2Ar2Ar2Ar2Ar3AAAAAAAAAAAAAAAAAAAAAAAAAAAAr4AAAAAAAAAAAAAAAAAAAAAAAAAAAAr5Ar5Ar5Ar5Ar5Ar5Ar5Ar5Ar5Ar5\
Ar6Ar6Ar6Ar6Ar6Ar6Ar6Ar6Ar6Ar6Ar7Ar7Ar7Ar7Ar7Ar7Ar7Ar7Ar7Ar7Ar8Ar8Ar8Ar8Ar8Ar8Ar8Ar8Ar8Ar8Ar9Ar9Ar9Ar9Ar9Ar9Ar9Ar9Ar9Ar9\
Ar+Ar+Ar+Ar+Ar+Ar+Ar+Ar+Ar+Ar+Ar/Ar/Ar/Ar/Ar/Ar/Ar/Ar/Ar/Ar/AsAAsAAsAAsAAsAAsAAsAAsAAsAAsAAsBAsBAsBAsBAsBAsBAsBAsBAsBAsB\
AsCAsCAsCAsCAsCAsCAsCAsCAsCAsCAsDAsDAsDAsDAsDAsDAsDAsDAsDAsDAsEAsEAsEAsEAsEAsEAsEAsEAsEAsEAsFAsFAsFAsFAsFAsFAsFAsFAsFAsF\
AsGAsGAsGAsGAsGAsGAsGAsGAsGAsGAsHAsHAsHAsHAsHAsHAsHAsHAsHAsHAsIAsIAsIAsIAsIAsIAsIAsIAsIAsIAsJAsJAsJAsJAsJAsJAsJAsJAsJAsJ\
AsKAsKAsKAsKAsKAsKAsKAsKAsKAsKAsLAsLAsLAsLAsLAsLAsLAsLAsLAsLAsMAsMAsMAsMAsMAsMAsMAsMAsMAsMAsNAsNAsNAsNAsNAsNAsNAsNAsNAsN\
AsOAsOAsOAsOAsOAsOAsOAsOAsOAsOAsPAsPAsPAsPAsPAsPAsPAsPAsPAsPAsQAsQAsQAsQAsQAsQAsQAsQAsQAsQAsRAsRAsRAsRAsRAsRAsRAsRAsRAsR\
AsSAsSAsSAsSAsSAsSAsSAsSAsSAsSAsTAsTAsTAsTAsTAsTAsTAsTAsTAsTAsUAsUAsUAsUAsUAsUAsUAsUAsUAsUAsVAsVAsVAsVAsVAsVAsVAsVAsVAsV\
AsWAsWAsWAsWAsWAsWAsWAsWAsWAsWAsXAsXAsXAsXAsXAsXAsXAsXAsXAsXAsYAsYAsYAsYAsYAsYAsYAsYAsYAsYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AsTAsTAsTAsTAsTAsTAsTAsTAsTAsTAsZAsZAsZAsZAsZAsZAsZAsZAsZAsZAsaAsaAsaAsaAsaAsaAsaAsaAsaAsaAsbAsbAsbAsbAsbAsbAsbAsbAsbAsb\
AsbAsbAsbAsbAsbAsbAsbAsbAsbAsbAscAscAscAscAscAscAscAscAscAscAsdAsdAsdAsdAsdAsdAsdAsdAsdAsdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsfAsgAshAsiAsjAskAskAslAsmAsnAsoAspAsqAsrAssAstAstAstAsu\
AsvAspAswAsoAsxAAAAAAAswAstAAAAAAAspAstAstAstAstAstAAAAAAAstAstAspAstAsyAsyAstAstAswAstAstAszAspAs0AstAswAAAAstAstAstAAA\
As1As1As1As1As1As1As1As1As1As1As2As3As3As3As3As1As4As5AAAAAAAs6As6As6AAAAAAAAAAAAAAAAAAAAAAs7As7As7As7As8As7As7As7As7As7\
As7As7As7As7As7As7As7As7As7As7As7As7As7As7As9As7As7As7As7As7As7As7As7As7As+As7As7As7As7As7As7As7As7As7As/As7As7As7As7As7\
As7As7As7As7AtAAs7As7As7As7As7As7As7As7As7AtBAs7As7As7As7As7AAAAtCAtCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtDAAAAAAAAAAAAAAAAAA\
As7As7As7As7AtEAs7As7As7As7As7AAAAAAAAAAtFAAAAAAAAAAAAAAAAAAAs7As7As7As7AtGAs7As7As7As7As7AtCAtCAtCAAAAAAAAAAAAAAAAAAAAA\
AtHAAAAAAAAAAAAAAAAAAAAAAAAAAAAtCAtCAtCAtCAtCAtCAtCAtCAtCAtCAtIAtIAtIAtIAtIAtIAtIAtIAtIAtIAtJAtJAtJAtJAtJAtJAtJAtJAtJAtJ\
AtKAtLAtMAtMAtMAtMAtMAtMAtMAtMAtNAtOAtPAtQAtRAtRAtRAtRAtRAtRAtMAtMAtMAtMAtMAtMAtMAtMAtMAtMAtSAtSAtSAtSAtSAtSAtSAtSAtSAtS\
AtSAtSAtSAtSAtSAtSAtSAtSAtSAtTAtSAtSAtSAtSAtSAtSAtSAtSAtSAtUAtSAtSAtSAtSAtSAtSAtSAtSAtSAtVAtSAtSAtSAtSAtSAtSAtSAtSAtSAtW\
AtSAtSAtSAtSAtSAtSAtSAtSAtSAtXAtSAtSAtSAtSAtSAtSAtSAtSAtSAtYAtZAtZAtZAtZAtZAtZAtZAtZAtZAtZAAAAAAAAAAtaAAAAAAAAAAAAAAAAAA\
AtSAtSAtSAtSAtSAtSAtSAtSAtSAtbAtcAAAAAAAAAAAAAAAAAAAAAAAAAAAAtSAtSAtSAtSAtSAtSAtSAtSAtSAtdAAAAAAAAAAAAAAAAAAAAAAAAAteAAA\
AtfAtfAtfAtfAtfAtfAtfAtfAtfAtfAtgAtgAtgAtgAtgAtgAtgAtgAtgAtgAthAthAthAthAthAthAthAthAthAthAtiAtiAtiAtiAtiAtiAtiAtiAtiAti\
AtjAtjAtjAtjAtjAtjAtjAtjAtjAtjAtkAtkAtkAtkAtkAtkAtkAtkAtlAtkAtkAtkAtkAtkAtkAtmAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtnAtk\
AtkAtoAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtkAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtqAtqAtqAtpAtpAtpAtpAtp\
AtpAtpAtqAtpAtpAtpAtpAtpAtpAtpAtpAtpAtrAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtpAtsAtpAtpAtpAtpAtpAtpAttAtpAtpAtuAtpAtpAtpAtp\
AtpAtpAttAtpAtpAtpAtpAtpAtpAtpAtvAtvAtvAtvAtvAtvAtvAtvAtvAtvAtwAAAAAAAAAAAAAAAAAAAAAAAAAAAAtpAtpAtpAtpAtpAttAtpAtpAtpAtp\
AAAAAAAtwAAAAAAAAAAAAAAAAAAAAAAtpAtpAtuAtpAtpAtpAtpAtpAtpAtpAAAAAAAAAAAAAAAAAAAAAAtwAAAAAAAtxAtxAtxAtxAtxAtxAtxAtxAtxAtx\
AtyAtyAtyAtyAtyAtyAtyAtyAtyAtyAtzAtzAtzAtzAtzAtzAtzAtzAtzAtzAt0At0At0At0At0At0At0At0At0At0At1At1At1At1At1At1At1At1At1At1\
At2At2At2At2At2At2At2At2At2At2At2At2At2At2At2At2AtvAtvAt2At2At2At2At2At2At2At2At2At2AtvAt2At2At2At2At2At2AtvAtvAtvAtvAtv\
AtvAt2At2At2At2At2At2At2At2At2At3At3At3At3At3At3At3At3At3At3At4At4At4At4At4At4At4At4At4At4At4At4At4At3At3At4At3At3At3At3\
At4At3At4At4At3At4At3At3At3At3At4At3At3At3At3At3At3At3At3At3At4At4At3At3At3At3At3At3At3At3At5At5At5At5At5At5At5At5At5At5\
At3AAAAAAAAAAAAAAAAAAAAAAAAAAAAt6At6At6At6At6At6At6At6At6At6At7At7At7At7At7At7At7At7At7At7At8At8At8At8At8At8At8At8At8At8\
At9At9At9At9At9At9At9At9At9At9At+At+At+At+At+At+At+At+At+At+At/At/At/At/At/At/At/At/At/At/AuAAuAAuAAuAAuAAuAAuAAuAAuAAuA\
AuBAuBAuBAuBAuBAuBAuBAuBAuBAuBAuCAuCAuCAuCAuCAuCAuCAuCAuCAuCAuDAuDAuDAuDAuDAuDAuDAuDAuDAuDAuEAuEAuEAuEAuEAuEAuEAuEAuEAuE\
AuFAuFAuFAuFAuFAuFAuFAuFAuFAuFAuGAuGAuGAuGAuGAuGAuGAuGAuGAuGAuHAuHAuHAuHAuHAuHAuHAuHAuHAuHAuIAuIAuIAuIAuIAuIAuIAuIAuIAuI\
AuJAuJAuJAuJAuJAuJAuJAuJAuJAuJAuKAuKAuKAuKAuKAuKAuKAuKAuKAuKAuLAuLAuLAuLAuLAuLAuLAuLAuLAuLAuMAuMAuMAuMAuMAuMAuMAuMAuMAuM\
AuNAuNAuNAuNAuNAuNAuNAuNAuNAuNAuOAuOAuOAuOAuOAuOAuOAuOAuOAuOAuPAuPAuPAuPAuPAuPAuPAuPAuPAuPAuQAuQAuQAuQAuQAuQAuQAuQAuQAuQ\
AuRAuRAuRAuRAuRAuRAuRAuRAuRAuRAuSAuSAuSAuSAuSAuSAuSAuSAuSAuSAuTAuTAuTAuTAuTAuTAuTAuTAuTAuTAuUAuUAuUAuUAuUAuUAuUAuUAuUAuU\
AuVAuVAuVAuVAuVAuVAuVAuVAuVAuVAuUAuUAuUAuUAuUAuUAuUAuUAuUAuUAuWAuWAuWAuWAuWAuWAuWAuWAuWAuWAuXAuXAuXAuXAuXAuXAuXAuXAuXAuX\
AuYAuYAuYAuYAuYAuYAuYAuYAuYAuYAuZAuZAuZAuZAuZAuZAuZAuZAuZAuZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuaAuaAuaAuaAuaAuaAuaAuaAuaAua\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAucAAAAAAAudAueAufAugAuh\
AAAAuiAujAukAulAumAunAuoAupAAAAuqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAurAusAutAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AuuAuvAuwAAAAAAAuxAAAAuwAAAAAAAuyAAAAAAAAAAusAAAAAAAAAAAAAAAAuzAuzAuzAuzAuzAuzAuzAuzAuzAuzAAAAAAAu0Au1Au2Au3Au1Au4Au5Au5\
AAAAuzAu6Au7Au8Au7AAAAu2Au9Au+AAAAuzAu1Au3Au/AAAAvAAAAAAAAu4AAAAuzAu3Au4AvBAvCAAAAAAAAAAu3AAAAuzAvCAvDAu2AvEAvCAvFAu4AvC\
AAAAuzAu4AvCAu2Au6AvGAAAAAAAvHAAAAuzAu4Au3Au3AAAAAAAAAAAAAu6AvIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvJAAAAvJAvJAvJ\
AvJAvJAvJAvJAvJAvJAvJAvJAvJAvJAvKAvKAvKAvKAvKAvKAvKAvKAvKAvKAvLAvMAAAAAAAAAAAAAvMAAAAAAAAAAAAAAAAvMAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAvMAAAAAAAAAAAAAvMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvNAAAAAAAAAAAAAAAAAAAAAAvNAvOAvOAvOAvOAvOAvOAvOAvOAvOAvO\
AAAAvOAvOAvOAvOAAAAvOAvOAvOAvOAAAAvOAvOAvOAvOAvOAvOAvOAvOAAAAAAAvOAvOAvOAvOAvOAvOAvOAAAAAAAAAAvOAvOAvOAvOAAAAAAAAAAAAAAA\
AAAAvOAvOAvOAvOAvOAAAAAAAAAAAAAAAAvOAvOAvOAvOAvOAvOAvOAvOAvOAAAAvOAvOAvOAvOAvOAAAAvOAAAAAAAAAAvOAvOAvOAAAAAAAAAAAAAAAAAA\
AAAAvOAAAAvOAAAAAAAAAAAAAAAAAAAAAAvOAvOAAAAvOAvOAvOAAAAAAAAAAAAAvOAvOAvOAvOAvOAvOAvOAAAAvOAAAAvOAAAAvOAvOAvOAAAAAAAAAAAA\
AAAAvOAvOAvOAvOAvOAAAAvOAvOAAAAAAAvOAvOAAAAvOAAAAAAAAAAAAAAAAAAAvOAvOAvOAvOAvOAvOAAAAAAAAAAAAAvOAvOAAAAvOAvOAAAAAAAAAAAA\
AAAAvOAAAAvOAvOAvOAvOAvOAvOAvOAAAAvOAAAAAAAvOAAAAAAAAAAAAAAAAAAAvOAAAAvOAAAAvOAAAAAAAAAAAAAAAAvOAvOAAAAAAAvOAvOAvOAAAAAA\
AAAAAAAAAAAAAAAAvPAAAAAAAAAAAAAvQAvQAvQAvQAvQAvQAvQAvQAvQAvQAvRAvRAvRAvRAvRAvRAvRAvRAvRAvRAvSAvSAvSAvSAvSAvSAvSAvSAvSAvS\
AvTAvTAvTAvTAvTAvTAvTAvTAvTAvTAvUAvUAvUAvUAvUAvUAvUAvUAvUAvUAvVAvVAvVAvVAvVAvVAvVAvVAvVAvVAvWAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AvXAvXAvXAvXAvXAvXAvXAvXAvXAvXAvYAvYAvYAvYAvYAvYAvYAvYAvYAvYAvZAvZAvZAvZAvZAvZAvZAvZAvZAvZAvaAvaAvaAvaAvaAvaAvaAvaAvaAva\
AvbAvbAvbAvbAvbAvbAvbAvbAvbAvbAvcAvcAvcAvcAvcAvcAvcAvcAvcAvcAvdAAAAAAAAAAAAAAAAAAAAAAAAAAAAveAveAveAveAveAveAveAveAveAve\
AvfAvfAvfAvfAvfAvfAvfAvfAvfAvfAvgAvgAvgAvgAvgAvgAvgAvgAvgAvgAvhAvhAvhAvhAvhAvhAvhAvhAvhAvhAviAviAviAviAviAviAviAviAviAvi\
AvjAvjAvjAvjAvjAvjAvjAvjAvjAvjAvkAAAAAAAAAAAAAAAAAAAAAAAAAAAAvlAvlAvlAvlAvlAvlAvlAvlAvlAvlAvmAvmAvmAvmAvmAvmAvmAvmAvmAvm\
AvnAvnAvnAvnAvnAvnAvnAvnAvnAvnAvoAvoAvoAvoAvoAvoAvoAvoAvoAvoAvpAvpAvpAvpAvpAvpAvpAvpAvpAvpAvqAvqAvqAvqAvqAvqAvqAvqAvqAvq\
AvrAvrAvrAvrAvrAvrAvrAvrAvrAvrAvsAvsAvsAvsAvsAvsAvsAvsAvsAvsAvtAvtAvtAvtAvtAvtAvtAvtAvtAvtAvuAvuAvuAvuAvuAvuAvuAvuAvuAvu\
AvvAvvAvvAvvAvvAvvAvvAvvAvvAvvAvwAvwAvwAvwAvwAvwAvwAvwAvwAvwAvxAvxAvxAvxAvxAvxAvxAvxAvxAvxAvyAvyAvyAvyAvyAvyAvyAvyAvyAvy\
AvzAvzAvzAvzAvzAvzAvzAvzAvzAvzAv0Av0Av0Av0Av0Av0Av0Av0Av0Av0Av1Av1Av1Av1Av1Av1Av1Av1Av1Av1Av2Av2Av2Av2Av2Av2Av2Av2Av2Av2\
Av3Av3Av3Av3Av3Av3Av3Av3Av3Av3Av4Av4Av4Av4Av4Av4Av4Av4Av4Av4Av5Av5Av5Av5Av5Av5Av5Av5Av5Av5Av6Av6Av6Av6Av6Av6Av6Av6Av6Av6\
Av7Av7Av7Av7Av7Av7Av7Av7Av7Av7Av8Av8Av8Av8Av8Av8Av8Av8Av8Av8Av9Av9Av9Av9Av9Av9Av9Av9Av9Av9Av+Av+Av+Av+Av+Av+Av+Av+Av+Av+\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Av/Av/Av/Av/Av/Av/Av/Av/Av/Av/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAwAAwAAwAAwAAwAAwAAwAAwAAwA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwCAwDAwEAwFAwGAwHAwIAwJAwKAwLAwMAAAAwLAwNAwLAwOAwPAwQAAAAwLAAAAwRAwLAwLAwSAwLAAAAAAAwT\
AwLAwUAwVAwLAwWAwLAwLAAAAwLAAAAwLAwXAAAAwLAAAAwLAwLAwYAwZAwaAwLAwbAwcAwLAwdAwLAweAwfAwLAwbAAAAwgAwgAwgAwgAwgAwhAAAAwgAAA\
AwLAwLAwLAwLAwLAwLAwLAwLAwLAwLAwiAAAAAAAAAAwjAwkAAAAwjAwjAAAAwlAwkAAAAAAAAAAAAAAAAwmAAAAAAAwnAwnAwnAwnAwnAwnAwnAwnAwnAwn\
AAAAwnAAAAwnAwnAwnAAAAwnAwnAAAAwoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwnAwnAAAAwnAwnAwnAwnAwnAAAAAAAAAAwnAAAAwnAAAAAAAAAAAAAAA\
AwnAwnAwnAwnAwnAAAAwnAwnAAAAAAAAAAAAAwnAwnAwnAAAAwnAwnAwnAwnAAAAwnAwnAAAAAAAwnAAAAAAAAAAAAAAAAAAAAAAAAAwnAAAAAAAwnAAAAwn\
AAAAAAAAAAwnAwnAwnAwnAwnAwnAAAAwnAwnAAAAAAAAAAAAAAAAAAAAAAAAAAAAwnAwnAwnAwnAwnAwnAwnAwnAAAAAAAwnAwnAwnAAAAAAAwnAAAAwnAAA\
AAAAAAAAAAAAAAAAwnAAAAAAAwnAAAAAAAwnAAAAAAAAAAwnAwnAwnAwnAAAAAAAAAAwnAwnAAAAwnAAAAwnAAAAwnAAAAwnAwnAwnAwnAwnAwnAwnAwnAwn\
AAAAwnAwnAwnAwnAwnAAAAwnAwnAwnAAAAwnAAAAwnAwnAwnAwnAwnAwnAAAAAAAwnAwnAAAAAAAAAAwnAAAAAAAAAAwnAwnAwnAwnAAAAwnAAAAwnAwnAAA\
AwpAwpAwpAwpAwpAwpAwpAwpAwpAwpAwqAwqAwqAwqAwqAwqAwqAwqAwqAwqAwrAAAAAAAAAAAAAAAAAAAAAAAAAAAAwsAwsAwsAwsAwsAwsAwsAwsAwsAws\
AwtAwtAwtAwtAwtAwtAwtAwtAwtAwtAwuAAAAAAAAAAAAAAAAwuAAAAAAAwuAwvAAAAAAAAAAAAAAAAAAAAAAAAAAAAwwAwwAwwAwwAwwAwwAwwAwwAwwAww\
AAAAwxAwyAwzAw0Aw1AAAAw2Aw3AAAAw4Aw4Aw4Aw4Aw4Aw4Aw4Aw4Aw4Aw4Aw5Aw5Aw5Aw5Aw5Aw5Aw5Aw5Aw5Aw5Aw6Aw6Aw6Aw6Aw6Aw6Aw6Aw6Aw6Aw6\
Aw7Aw7Aw7Aw7Aw7Aw7Aw7Aw7Aw7Aw7Aw8Aw8Aw8Aw8Aw8Aw8Aw8Aw8Aw8Aw8Aw9Aw9Aw9Aw9Aw9Aw9Aw9Aw9Aw9Aw9AwgAwgAwgAwgAwgAwgAwgAwgAwgAwg\
Aw+Aw+Aw+Aw+Aw+Aw+Aw+Aw+Aw+Aw+Aw/Aw2AAAAw/AAAAw/Aw2Aw2Aw2AAAAw/AAAAw2Aw/Aw/Aw2Aw/AAAAAAAw2Aw/Aw2Aw2Aw/Aw2Aw/Aw/AAAAw/AAA\
Aw/Aw2AAAAw/AAAAw/Aw/Aw2Aw2Aw2Aw/Aw2Aw2Aw/Aw2Aw/Aw2Aw2Aw/Aw2Aw/Aw/Aw/Aw/Aw/Aw/Aw/Aw/Aw/Aw/AAAAAAAAAAAAAw/Aw/AAAAAAAw/AAA\
AxAAxAAxAAxAAxAAxAAxAAxAAxAAxAAxBAxBAxBAxBAxBAxBAxBAxBAxBAxBAxCAxCAxCAxCAxCAxCAxCAxCAxCAxCAxDAxDAxDAxDAxDAxDAxDAxDAxDAxD\
AxEAxEAxEAxEAxEAxEAxEAxEAxEAxEAxFAxFAxFAxFAxFAxFAxFAxFAxFAxFAxGAxGAxGAxGAxGAxGAxGAxGAxGAxGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AxHAxHAxHAxHAxHAxHAxHAxHAxHAxHAxIAxIAxIAxIAxIAxIAxIAxIAxIAxIAxJAxJAxJAxJAxJAxJAxJAxJAxJAxJAxKAxKAxKAxKAxKAxKAxKAxKAxKAxK\
AxLAxLAxLAxLAxLAxLAxLAxLAxLAxLAxMAxMAxMAxMAxMAxMAxMAxMAxMAxMAxNAxNAxNAxNAxNAxNAxNAxNAxNAxNAxOAxOAxOAxOAxOAxOAxOAxOAxOAxO\
AxPAxPAxPAxPAxPAxPAxPAxPAxPAxPAxQAxQAxQAxQAxQAxQAxQAxQAxQAxQAxRAxRAxRAxRAxRAxRAxRAxRAxRAxRAxSAxSAxSAxSAxSAxSAxSAxSAxSAxS\
AxTAxTAxTAxTAxTAxTAxTAxTAxTAxTAxUAxUAxUAxUAxUAxUAxUAxUAxUAxUAxVAxVAxVAxVAxVAxVAxVAxVAxVAxVAxWAxWAxWAxWAxWAxWAxWAxWAxWAxW\
AxXAxXAxXAxXAxXAxXAxXAxXAxXAxXAw2Aw2Aw2Aw2Aw2Aw2Aw2Aw2Aw2Aw2AxYAxYAxYAxYAxYAxYAxYAxYAxYAxYAxZAxZAxZAxZAxZAxZAxZAxZAxZAxZ\
AxaAxaAxaAxaAxaAxaAxaAxaAxaAxaAxbAxbAxbAxbAxbAxbAxbAxbAxbAxbAxcAxcAxcAxcAxcAxcAxcAxcAxcAxcAxdAxdAxdAxdAxdAxdAxdAxdAxdAxd\
AxeAxeAxeAxeAxeAxeAxeAxeAxeAxeAxfAxfAxfAxfAxfAxfAxfAxfAxfAxfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgAxgAxgAxgAxgAxgAxgAxgAxgAxgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxhAxhAxhAxhAxhAxhAxhAxhAxhAxh\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxjAxkAxkAxlAxmAxnAxoAxpAxqAxrAxrAxrAxrAxrAxrAxrAAAAAAAxr\
AAAAAAAxrAxrAxrAxrAxrAxrAxrAAAAAAAAAAxrAxrAAAAxsAxsAxsAxsAxsAxrAxrAxrAxrAxrAxrAxrAxrAxrAxrAxrAxrAAAAxrAxrAxrAAAAxrAxrAxr\
AxtAxrAAAAAAAAAAAAAAAAAAAxuAAAAxvAxrAxrAxrAxrAxrAxrAxrAAAAxrAxwAAAAxrAxrAxrAAAAAAAAAAAAAAAAxxAxxAxxAxxAxxAxxAxxAxxAxxAxx\
AxyAxyAxyAxyAxyAxyAxyAxyAxyAxyAAAAAAAxzAx0Ax1AAAAx2Ax3AAAAAAAx4Ax5Ax6Ax7Ax8Ax9Ax+Ax/AAAAyAAyBAAAAxxAxxAxxAxxAxxAxxAxxAAA\
AyCAyCAyCAyCAyCAyCAyCAyCAyCAyCAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyEAyEAyEAyEAyEAyEAyEAyEAyEAyEAyFAyFAyFAyFAyFAyFAAAAyFAAAAAA\
AyFAAAAAAAAAAyFAyFAyFAyFAAAAAAAAAAAAAAAAAAAyFAAAAAAAAAAAAAAAAyFAAAAAAAAAAyFAyFAyFAAAAAAAyFAyFAAAAAAAAAAAAAyFAAAAyFAAAAyF\
AAAAAAAAAAAAAAAAyGAAAAyGAyGAAAAyGAyGAAAAAAAyGAyGAyGAyGAyGAAAAAAAAAAyGAAAAAAAyGAAAAAAAAAAAAAAAAyGAAAAAAAAAAyGAyGAyGAyGAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAyGAAAAyGAAAAAAAAAAAAAyGAAAAAAAAAAAAAyGAAAAAAAAAAAAAAAAAAAAAAAAAAAAyGAAAAAAAAAAAAAAAAyGAyGAyGAyH\
AyGAyGAyGAyGAyGAyGAyGAyGAyGAyGAAAAyIAyIAyIAyIAyIAyIAyIAyIAyIAyFAyFAyFAyFAyFAyFAyFAyFAyFAyFAyJAyJAyJAyJAyJAyJAyJAyJAyJAyJ\
AyKAyKAyKAyKAyKAyKAyKAyKAyKAyKAyLAyLAyLAyLAyLAyLAyLAyLAyLAyLAyMAyMAyMAyMAyMAyMAyMAyMAyMAyMAyNAyNAyNAyNAyNAyNAyNAyNAyNAyN\
AyOAyOAyOAyOAyOAyOAyOAyOAyOAyOAyPAyPAyPAyPAyPAyPAyPAyPAyPAyPAyQAyQAyQAyQAyQAyQAyQAyQAyQAyQAyRAyRAyRAyRAyRAyRAyRAyRAyRAyR\
AySAySAySAySAySAySAySAySAySAySAyTAyTAyTAyTAyTAyTAyTAyTAyTAyTAyUAyUAyUAyUAyUAyUAyUAyUAyUAyUAyVAyVAyVAyVAyVAyVAyVAyVAyVAyV\
AyWAyWAyWAyWAyWAyWAyWAyWAyWAyWAyXAyXAyXAyXAyXAyXAyXAyXAyXAyXAyYAyYAyYAyYAyYAyYAyYAyYAyYAyYAyZAyZAyZAyZAyZAyZAyZAyZAyZAyZ\
AyaAyaAyaAyaAyaAyaAyaAyaAyaAyaAybAybAybAybAybAybAybAybAybAybAycAycAycAycAycAycAycAycAycAycAydAydAydAydAydAydAydAydAydAyd\
AyeAyeAyeAyeAyeAyeAyeAyeAyeAyeAyfAyfAyfAyfAyfAyfAyfAyfAyfAyfAygAygAygAygAygAygAygAygAygAygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AyhAyhAyhAyhAyhAyhAyhAyhAyhAyhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyjAykAyjAylAymAynAyoAypAyqAyrAyrAyrAyrAyrAyrAyrAyrAyrAyr\
AyrAyrAyrAyrAyrAyrAysAyrAyrAyrAAAAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAyrAytAyuAyuAyuAyvAyuAyuAyuAyuAyuAyw\
AAAAAAAAAAyuAyuAyuAyuAyuAyuAyuAyxAyyAyzAy0Ay1Ay2Ay2AAAAy3Ay2Ay4Ay4Ay4Ay4Ay4Ay4Ay4Ay4Ay4Ay4Ay5Ay5Ay5Ay5Ay5Ay5Ay5Ay5Ay5Ay5\
Ay5Ay5AAAAy5Ay5Ay5Ay5Ay5Ay5Ay5AAAAy5Ay5Ay5AAAAy5Ay5Ay5Ay5Ay5Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6Ay6AAA\
AAAAAAAAAAAAAAAAy6AAAAAAAy6Ay6Ay7Ay7Ay7Ay7Ay7Ay7Ay8Ay8Ay8Ay8Ay9Ay9Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay9Ay9Ay+Ay+Ay+Ay9Ay9Ay+Ay+Ay+\
Ay+Ay+Ay+Ay+Ay+Ay+Ay/Ay+Ay+Ay+Ay9AAAAy9AAAAy9AAAAAAAAAAAAAAAAy+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay+Ay9Ay+Ay+Ay+Ay+Ay+\
AzAAzAAzAAzAAzAAzAAzAAzAAzAAzAAzBAzBAzBAzBAzBAzBAzBAzBAzBAzBAzCAzCAzCAzCAzCAzCAzCAzCAzCAzCAzDAzDAzDAzDAzDAzDAzDAzDAzDAzD\
AzEAzEAzEAzEAzEAzEAzEAzEAzEAzEAzFAzFAzFAzFAzFAzFAzFAzFAzFAzFAzGAzGAzGAzGAzGAzGAzGAzGAzGAzGAzHAzGAzGAzGAzGAzGAzGAzGAzGAzG\
AzIAzIAzIAzIAzIAzIAzIAzIAzIAzIAzJAzJAzJAzJAzJAzJAzJAzJAzJAzJAzKAzKAzKAzKAzKAzKAzKAzKAzKAzKAzLAzLAzLAzLAzLAzLAzLAzLAzLAzL\
AzMAzMAzMAzMAzMAzMAzMAzMAzMAzMAzNAzNAzNAzNAzNAzNAzNAzNAzNAzNAzOAzOAzOAzOAzOAzOAzOAzOAzOAzOAzOAzOAzOAzOAAAAAAAzOAzOAzOAzO\
AzPAzPAzPAzPAzPAzPAzPAzPAzPAzPAzQAzQAzQAzQAzQAzQAzQAzQAzQAzQAzRAzRAzRAzRAzRAzRAzRAzRAzRAzRAzSAzSAzSAzSAzSAzSAzSAzSAzSAzS\
AzTAzTAzTAzTAzTAzTAzTAzTAzTAzTAzUAzUAzUAzUAzUAzUAzUAzUAzUAzUAzVAzVAzVAzVAzVAzVAzVAzVAzVAzVAzWAzWAzWAzWAzWAzWAzWAzWAzWAzW\
AzXAzXAzXAzXAzXAzXAzXAzXAzXAzXAzYAzYAzYAzYAzYAzYAzYAzYAzYAzYAzZAzZAzZAzZAzZAzZAzZAzZAzZAzZAzaAzaAzaAzaAzaAzaAzaAzaAzaAza\
AzbAzbAzbAzbAzbAzbAzbAzbAzbAzbAzcAzcAzcAzcAzcAzcAzcAzcAzcAzcAzdAzdAzdAzdAzdAzdAzdAzdAzdAzdAzeAzeAzeAzeAzeAzeAzeAzeAzeAze\
AzfAzfAzfAzfAzfAzfAzfAzfAzfAzfAzgAzgAzgAzgAzgAzgAzgAzgAzgAzgAzhAzhAzhAzhAzhAzhAzhAzhAzhAzhAziAziAziAziAziAziAziAziAziAzi\
AzjAzjAzjAzjAzjAzjAzjAzjAzjAzjAzkAzkAzkAzkAzkAzkAzkAzkAzkAzkAzlAzlAzlAzlAzlAzlAzlAzlAzlAzlAzmAzmAzmAzmAzmAzmAzmAzmAzmAzm\
AznAznAznAznAznAznAznAznAznAznAzoAzoAzoAzoAzoAzoAzoAzoAzoAzoAzpAzpAzpAzpAzpAzpAzpAzpAzpAzpAzqAzqAzqAzqAzqAzqAzqAzqAzqAzq\
AzrAzrAzrAzrAzrAzrAzrAzrAzrAzrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAztAzuAzvAzwAzxAzyAzzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz0AAAAAAAAAAAAAAAAAAAAAAAAAz1Az1Az1Az1Az1Az1Az1Az1Az1Az1\
Az2Az1Az1Az1Az1AAAAAAAAAAz1AAAAz3Az4Az5Az4Az6Az4Az4Az6Az5AAAAz7Az4Az5Az4Az6Az4Az8Az9Az5AAAAz+AAAAAAAAAAAAAAAAAAAAAAAAAAA\
Az/Az/Az/Az/Az/Az/Az/Az/Az/Az/A0AA0AA0AA0AA0AA0AA0AA0AA0AA0AA0BA0BA0BA0BA0BA0BA0BA0BA0BA0BA0CAAAAAAA0DAAAAAAA0DA0DAAAAAA\
Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+Az+AAAAAAAz+Az+Az+Az+Az+Az+Az+Az+Az+A0CA0EA0EAAAAAAAAAAAAAAAAAAAAA\
Az+Az+Az+Az+Az+Az+Az+Az+Az+A0FAAAAz+Az+A0GAz+Az+Az+Az+Az+Az+A0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0IA0IA0IA0IA0IA0IA0IA0IA0IA0I\
A0JA0JA0JA0JA0JA0JA0JA0JA0JA0JA0KA0KA0KA0KA0KA0KA0KA0KA0KA0KA0LA0LA0LA0LA0LA0LA0LA0LA0LA0LA0MA0MA0MA0MA0MA0MA0MA0MA0MA0M\
A0NA0NA0NA0NA0NA0NA0NA0NA0NA0NA0OA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0HA0PA0QA0QA0QA0QA0QA0QA0QA0QA0QA0Q\
A0RA0RA0RA0RA0RA0RA0RA0RA0RA0RA0SA0SA0SA0SA0SA0SA0SA0SA0SA0SA0TA0TA0TA0TA0TA0TA0TA0TA0TA0TA0UA0UA0UA0UA0UA0UA0UA0UA0UA0U\
A0VA0VA0VA0VA0VA0VA0VA0VA0VA0VA0WA0WA0WA0WA0WA0WA0WA0WA0WA0WA0QA0QA0QA0QA0QA0QA0XA0QA0QA0QA0SA0QA0QA0QA0QA0QA0QA0QA0QA0Q\
A0YA0YA0YA0YA0YA0YA0YA0YA0YA0YA0ZA0ZA0ZA0ZA0ZA0ZA0ZA0ZA0ZA0ZA0aA0aA0aA0aA0aA0aA0aA0aA0aA0aA0bA0bA0bA0bA0bA0bA0bA0bA0bA0b\
A0cA0cA0cA0cA0cA0cA0cA0cA0cA0cA0dA0dA0dA0dA0dA0dA0dA0dA0dA0dA0eA0eA0eA0eA0eA0eA0eA0eA0eA0eA0fA0gA0YA0YA0YA0YA0YA0YA0YA0Y\
A0hA0hA0hA0hA0hA0hA0hA0hA0hA0hA0iA0iA0iA0iA0iA0iA0iA0iA0iA0iA0jA0jA0jA0jA0jA0jA0jA0jA0jA0jA0kA0kA0kA0kA0kA0kA0kA0kA0kA0k\
A0lA0lA0lA0lA0lA0lA0lA0lA0lA0lA0mA0mA0mA0mA0mA0mA0mA0mA0mA0mA0nA0nA0nA0nA0nA0nA0nA0nA0nA0nA0hA0hA0hA0hA0hA0hA0hA0hA0hA0j\
A0jA0hA0hA0hA0hA0hA0hA0hA0hA0hA0oA0oA0oA0oA0oA0oA0oA0oA0oA0oA0pA0pA0pA0pA0pA0pA0pA0pA0pA0pA0qA0qA0qA0qA0qA0qA0qA0qA0qA0q\
A0rA0rA0rA0rA0rA0rA0rA0rA0rA0rA0sA0sA0sA0sA0sA0sA0sA0sA0sA0sA0tA0tA0tA0tA0tA0tA0tA0tA0tA0tA0uA0uA0uA0uA0uA0uA0uA0uA0uA0u\
A0vA0vA0vA0vA0vA0vA0vA0vA0vA0vA0wA0wA0wA0wA0wA0wA0wA0wA0wA0wA0xA0xA0xA0xA0xA0xA0xA0xA0xA0xA0yA0yA0yA0yA0yA0yA0yA0yA0yA0y\
A0zA0zA0zA0zA0zA0zA0zA0zA0zA0zA00A00A00A00A00A00A00A00A00A00A01A01A01A01A01A01A01A01A01A01AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA03A04A05A06A07A08A09A0+A0/A1AA1AA1AA1AA1AA1AA1AA1AA1AA1A\
A1BA1CA1AA1AA1AA1AA1AA1AA1AA1AA1BA1BA1AA1AA1AA1AA1AA1AA1DAAAA1EAAAA1AAAAA1AA1AA1AA1AA1AA1AA1BAAAA1AA1AA1AA1AA1AA1AAAAA1A\
AAAAAAA1AA1AAAAAAAA1AAAAA1FA1AA1BAAAA1AA1AA1AA1AA1AA1AA1AA1AA1EAAAA1AA1AA1AA1AAAAA1AA1AA1AA1GA1GA1AA1AA1AA1AA1AAAAAAAA1A\
A1HA1HA1HA1HA1HA1HA1HA1HA1HA1HA1IA1IA1IA1IA1IA1IA1IA1IA1IA1IA1JA1JA1JA1JA1JA1JA1JA1JA1JA1JA1KA1KA1KA1KA1KA1KA1KA1KA1KA1K\
A1LA1LA1LA1LA1LA1LA1LA1LA1LA1LA1MA1HA1HA1HA1HA1HA1HA1HA1HA1HA1NA1NA1NA1NA1NA1NA1NA1NA1NA1NA1OA1OA1OA1OA1OA1OA1OA1OA1OA1O\
A1PA1PA1PA1PA1PA1PA1PA1PA1PA1PA1QA1QA1QA1QA1QA1QA1QA1QA1QA1QA1RA1RA1RA1RA1RA1RA1RA1RA1RA1RA1SA1SA1SA1SA1SA1SA1SA1SA1SA1S\
A1OA1OA1TA1OA1OA1OA1OA1OA1OA1TA1UA1UA1UA1UA1UA1UA1UA1UA1UA1UA1VA1VA1VA1VA1VA1VA1VA1VA1VA1VA1WA1WA1WA1WA1WA1WA1WA1WA1WA1W\
A1XA1XA1XA1XA1XA1XA1XA1XA1XA1XA1YA1YA1YA1YA1YA1YA1YA1YA1YA1YA1ZA1ZA1ZA1ZA1ZA1ZA1ZA1ZA1ZA1ZA1aA1aA1aA1aA1aA1aA1aA1aA1aA1a\
A1bA1bA1bA1bA1bA1bA1bA1bA1bA1bA1cA1cA1cA1cA1cA1cA1cA1cA1cA1cA1dA1dA1dA1dA1dA1dA1dA1dA1dA1dA1eA1eA1eA1eA1eA1eA1eA1eA1eA1e\
A1fA1fA1fA1fA1fA1fA1fA1fA1fA1fA1gA1gA1gA1gA1gA1gA1gA1gA1gA1gA1hA1hA1hA1hA1hA1hA1hA1hA1hA1hA1iA1iA1iA1iA1iA1iA1iA1iA1iA1i\
A1jA1jA1jA1jA1jA1jA1jA1jA1jA1jA1kA1kA1kA1kA1kA1kA1kA1kA1kA1kA1lA1lA1lA1lA1lA1lA1lA1lA1lA1lA1mA1mA1mA1mA1mA1mA1mA1mA1mA1m\
A1nA1nA1nA1nA1nA1nA1nA1nA1nA1nA1oA1oA1oA1oA1oA1oA1oA1oA1oA1oA1pA1pA1pA1pA1pA1pA1pA1pA1pA1pA1qA1qA1qA1qA1qA1qA1qA1qA1qA1q\
A1rA1rA1rA1rA1rA1rA1rA1rA1rA1rA1sA1sA1sA1sA1sA1sA1sA1sA1sA1sA1tA1tA1tA1tA1tA1tA1tA1tA1tA1tA1uA1uA1uA1uA1uA1uA1uA1uA1uA1u\
A1vA1vA1vA1vA1vA1vA1vA1vA1vA1vA1wA1wA1wA1wA1wA1wA1wA1wA1wA1wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1xA1xA1xA1xA1xA1xA1xA1xA1xA1x\
A1yA1yA1yA1yA1yA1yA1yA1yA1yA1yA1zA1zA1zA1zA1zA1zA1zA1zA1zA1zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1uA1uA1uA1uA1uA1uA1uA1uA1uA1u\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
A11A12AAAA13A14A15AAAAAAA16AAAAAAA17A18A19A1+A1/A2AA2BA2CA2DAAAAAAAAAAAAA2EAAAA2FA2GAAAA2HAAAA2IA2JA2JA2JA2JA2JA2JA2JA2K\
AAAAAAAAAA2IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2LAAAAAAAAAAAAA2MAAAAAAAAAA2NAAAAAAAAAAAAA2OA2PA2PA2QA2RA2SA2PA2TA2QA2UA2P\
A2PA2PA2PA2PA2PA2PA2PA2PA2PA2PA2PA2PA2SA2VA2WA2PA2XA2YA2WA2PA2PA2PA2ZA2ZA2aA2PA2QA2SA2RA2PA2PA2PA2QA2bA2cA2PA2dA2eA2fA2P\
A2PA2PA2PA2PA2PA2PA2gA2PA2PA2PA2PA2PA2VA2YA2hA2PA2iA2jA2kA2PA2PA2PA2lA2mAAAA2PA2QA2nA2QA2PA2PA2PA2QA2QA2VA2PA2oA2WA2QA2P\
AAAAAAAAAAAAA2pAAAAAAAAAAAAAAAAAAAAAAAAA2pA2pAAAA2pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2qAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2r\
A2sA2sA2sA2sA2sA2sA2sA2sA2sA2sA2tA2tA2tA2tA2tA2tA2tA2tA2tA2tA2uA2uA2uA2uA2uA2uA2uA2uA2uA2uA2vA2vA2vA2vA2vA2vA2vA2vA2vA2v\
A2wAAAAAAA2xAAAAAAAAAAAAAAAAAAA2yA2zAAAAAAAAAAAAAAAA2zA2yAAAAAAAAAA20A21A22A23AAAAAAAAAA2pA24A24A24A24A24A24A24A24A24A24\
AAAA24A24A24A24A24AAAAAAAAAAAAAAAA24AAAAAAAAAAAAAAAAAAAAAAAAAAAA24A24A24A24AAAAAAAAAAAAAAAAAAA24AAAA24AAAA24A24AAAAAAAAA\
AAAAAAA24A24A24A24AAAA24AAAAAAAAAA24A24AAAAAAAAAAAAAAAAAAAAAAAAA24A24A24A24A24A24AAAAAAAAAAAAAAAA24A24A24A24AAAAAAAAAA24\
AAAA24A24A24A24A24A24A24AAAAAAAAAA24A24A24A24A24A24A24A24A24AAAAAAA24AAAA24A24AAAAAAAAAAAAAAAAAAA24A24A24A24A24AAAAAAAAA\
AAAA24A24A24A24A24A24A24AAAA24AAAAAAAAAAAAA24A24A24AAAAAAAAAAAAA24A24A24A24A24AAAA24A24AAAAAAAAAAAAA24A24A24A24A24A24AAA\
A24A24A24A24A24A24A24A24A24A25AAAAAAA24A24A24AAAA24AAAAAAAAAAAAA24AAAA24AAAA24A24AAAAAAA24AAAA24AAAA24A24A24A24AAAAAAAAA\
AAAA24A24A24A24A24AAAAAAAAAA24AAAAAAAAAA24A24A24AAAA24A24AAAAAAA26A24A24AAAA24A24AAAAAAAAAAAAA24A24A24A24A24AAAAAAA27AAA\
AAAA24A24A24A24A24A24A24A24AAAA27A27A27A27A27A27A27A27A27A27A2rA2rA2rA2rA2rA2rA2rA2rA2rA2rA28A28A28A28A28A28A28A28A28A28\
A29A29A29A29A29A29A29A29A29A29A2+A2+A2+A2+A2+A2+A2+A2+A2+A2+A2/A2/A2/A2/A2/A2/A2/A2/A2/A2/A3AA3AA3AA3AA3AA3AA3AA3AA3AA3A\
A3BA3BA3BA3BA3BA3BA3BA3BA3BA3BA3CA3CA3CA3CA3CA3CA3CA3CA3CA3CA3DA3DA3DA3DA3DA3DA3DA3DA3DA3DA3EA3EA3EA3EA3EA3EA3EA3EA3EA3E\
A3FA3FA3FA3FA3FA3FA3FA3FA3FA3FA3FAAAAAAAAAA3FAAAAAAAAAA2pAAAA3FA3FA3FA3FA3FA3GA3GA3GA3GA3GA3FA3FA3FA3FA3FA2pA2pA2pA2pA2p\
A3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HA3HAAAA3HA3IA3IA3IA3IA3IA3IA3IA3IA3IA3IA3GA3GA3GA3GA3GA3GA3GA3GA3GA3G\
A3JA3JA3JA3JA3JA3JA3JA3JA3JA3JA3KA3KA3KA3KA3KA3KA3KA3KA3KA3KA3LA3LA3LA3LA3LA3LA3LA3LA3LA3LA3MA3MA3MA3MA3MA3MA3MA3MA3MA3M\
A3NA3NA3NA3NA3NA3NA3NA3NA3NA3NA3OA3OA3OA3OA3OA3OA3OA3OA3OA3OA3PA3PA3PA3PA3PA3PA3PA3PA3PA3PA3QA3QA3QA3QA3QA3QA3QA3QA3QA3Q\
A3RA3RA3RA3RA3RA3RA3RA3RA3RA3RA3SA3SA3SA3SA3SA3SA3SA3SA3SA3SA20A20A20A20A20A20A20A20A20A20A3TA3TA3TA3TA3TA3TA3TA3TA3TA3T\
A3UA3UA3UA3UA3UA3UA3UA3UA3UA3UA3VA3VA3VA3VA3VA3VA3VA3VA3VA3VA3WA3WA3WA3WA3WA3WA3WA3WA3WA3WA3XA3XA3XA3XA3XA3XA3XA3XA3XA3X\
A3YA3YA3YA3YA3YA3YA3YA3YA3YA3YA3ZA3ZA3ZA3ZA3ZA3ZA3ZA3ZA3ZA3ZA2xA2xA2xA2xA2xA2xA2xA2xA2xA2xA3aA3aA3aA3aA3aA3aA3aA3aA3aA3a\
A2zA2zA2zA2zA2zA2zA2zA2zA2zA2zA3bA3bA3bA3bA3bA3bA3bA3bA3bA3bA3cA3cA3cA3cA3cA3cA3cA3cA3cA3cA3dA3dA3dA3dA3dA3dA3dA3dA3dA3d\
A3TA3TA3TA3TA3TA3TA3TA3TA3TA3TA3eA3eA3eA3eA3eA3eA3eA3eA3eA3eA3fA3fA3fA3fA3fA3fA3fA3fA3fA3fA3gA3gA3gA3gA3gA3gA3gA3gA3gA3g\
A3hA3hA3hA3hA3hA3hA3hA3hA3hA3hA3iA3iA3iA3iA3iA3iA3iA3iA3iA3iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3jA3jA3jA3jA3jA3jA3jA3jA3jA3jA3kA3kA3kA3kA3kA3kA3kA3kA3kA3kA3lA3lA3lA3lA3lA3lA3lA3lA3lA3l\
A3mA3mA3mA3mA3mA3mA3mA3mA3mA3mA3nA3nA3nA3nA3nA3nA3nA3nA3nA3nA3oA3oA3oA3oA3oA3oA3oA3oA3oA3oA3pA3pA3pA3pA3pA3pA3pA3pA3pA3p\
A3qA3qA3qA3qA3qA3qA3qA3qA3qA3qA3rA3rA3rA3rA3rA3rA3rA3rA3rA3rA3sA3sA3sA3sA3sA3sA3sA3sA3sA3sA3tA3tA3tA3tA3tA3tA3tA3tA3tA3t\
A3uA3uA3uA3uA3uA3uA3uA3uA3uA3uA3vA3vA3vA3vA3vA3vA3vA3vA3vA3vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3wA3wA3wA3wA3wA3wA3wA3wA3wA3w\
A3xA3xA3xA3xA3xA3xA3xA3xA3xA3xA3wA3wA3wA3wA3wA3wA3wA3wA3wA3wA3yA3yA3yA3yA3yA3yA3yA3yA3yA3yA3zA3zA3zA3zA3zA3zA3zA3zA3zA3z\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA30A30A30A30A30A30A30A30A30A30AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
A31A31A31A31A31A31A31A31A31A31AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA33A34AAAA35AAAA36AAAAAAA37AAAAAAAAAAAAAAAAAAAAAA38AAAA39AAA\
AAAAAAAAAAAAA3+AAAA3/A4AAAAA4BAAAA4CA4DA4DA4DA4DA4DA4DA4DA4EAAAAAAAAAAAAAAAA4FAAAAAAAAAAAAA4GAAAAAAAAAA4HAAAAAAAAAAAAA4I\
AAAAAAAAAAAAAAAAAAA4JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4KAAAAAAAAAAAAAAAAAAA4LAAAAAAAAAAAAAAAAAAAAAAAAA4LA4LAAAA4LAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAA4MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4NA4OA4OA4OA4OA4OA4OA4OA4OA4OA4OA4PA4PA4PA4PA4PA4PA4PA4PA4PA4P\
A4QA4QA4QA4QA4QA4QA4QA4QA4QA4QA4RA4RA4RA4RA4RA4RA4RA4RA4RA4RA4SAAAAAAA4TAAAAAAAAAAAAAAAAAAA4UA4VAAAAAAAAAAAAAAAA4VA4UAAA\
AAAAAAA4WA4XA4YA4ZAAAAAAAAAA4LAAAAAAAAAAAAAAAAAAAAAAAAAAAA4aAAAAAAAAAAAAAAAAAAAAAAAAA4bAAAA4bA4bA4bA4bA4bA4bA4bA4bA4bA4b\
A4NA4NA4NA4NA4NA4NA4NA4NA4NA4NA4cA4cA4cA4cA4cA4cA4cA4cA4cA4cA4dA4dA4dA4dA4dA4dA4dA4dA4dA4dA4eA4eA4eA4eA4eA4eA4eA4eA4eA4e\
A4fA4fA4fA4fA4fA4fA4fA4fA4fA4fA4gA4gA4gA4gA4gA4gA4gA4gA4gA4gA4hA4hA4hA4hA4hA4hA4hA4hA4hA4hA4iA4iA4iA4iA4iA4iA4iA4iA4iA4i\
A4jA4jA4jA4jA4jA4jA4jA4jA4jA4jA4kA4kA4kA4kA4kA4kA4kA4kA4kA4kA4lA4lA4lA4lA4lA4lA4lA4lA4lA4lA4lAAAAAAAAAA4lAAAAAAAAAA4LAAA\
A4lA4lA4lA4lA4lA4mA4mA4mA4mA4mA4lA4lA4lA4lA4lA4LA4LA4LA4LA4LAAAAAAAAAAAAAAAAAAAAAAAAA4nAAAA4mA4mA4mA4mA4mA4mA4mA4mA4mA4m\
A4oA4oA4oA4oA4oA4oA4oA4oA4oA4oA4pA4pA4pA4pA4pA4pA4pA4pA4pA4pA4qA4qA4qA4qA4qA4qA4qA4qA4qA4qA4rA4rA4rA4rA4rA4rA4rA4rA4rA4r\
A4sA4sA4sA4sA4sA4sA4sA4sA4sA4sA4tA4tA4tA4tA4tA4tA4tA4tA4tA4tA4uA4uA4uA4uA4uA4uA4uA4uA4uA4uA4vA4vA4vA4vA4vA4vA4vA4vA4vA4v\
A4wA4wA4wA4wA4wA4wA4wA4wA4wA4wA4xA4xA4xA4xA4xA4xA4xA4xA4xA4xA4WA4WA4WA4WA4WA4WA4WA4WA4WA4WA4yA4yA4yA4yA4yA4yA4yA4yA4yA4y\
A4zA4zA4zA4zA4zA4zA4zA4zA4zA4zA40A40A40A40A40A40A40A40A40A40A41A41A41A41A41A41A41A41A41A41A42A42A42A42A42A42A42A42A42A42\
A43A43A43A43A43A43A43A43A43A43A4TA4TA4TA4TA4TA4TA4TA4TA4TA4TA44A44A44A44A44A44A44A44A44A44A4VA4VA4VA4VA4VA4VA4VA4VA4VA4V\
A45A45A45A45A45A45A45A45A45A45A46A46A46A46A46A46A46A46A46A46A47A47A47A47A47A47A47A47A47A47A48A48A48A48A48A48A48A48A48A48\
A49A49A49A49A49A49A49A49A49A49A4+A4+A4+A4+A4+A4+A4+A4+A4+A4+A4/A4/A4/A4/A4/A4/A4/A4/A4/A4/A5AA5AA5AA5AA5AA5AA5AA5AA5AA5A\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5BA5BA5BA5BA5BA5BA5BA5BA5BA5B\
A5CA5CA5CA5CA5CA5CA5CA5CA5CA5CA5DA5DA5DA5DA5DA5DA5DA5DA5DA5DA5EA5EA5EA5EA5EA5EA5EA5EA5EA5EA5FA5FA5FA5FA5FA5FA5FA5FA5FA5F\
A5GA5GA5GA5GA5GA5GA5GA5GA5GA5GA5HA5HA5HA5HA5HA5HA5HA5HA5HA5HA5IA5IA5IA5IA5IA5IA5IA5IA5IA5IA5JA5JA5JA5JA5JA5JA5JA5JA5JA5J\
A5KA5KA5KA5KA5KA5KA5KA5KA5KA5KA5LA5LA5LA5LA5LA5LA5LA5LA5LA5LA5MA5MA5MA5MA5MA5MA5MA5MA5MA5MA5NA5NA5NA5NA5NA5NA5NA5NA5NA5N\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5OA5OA5OA5OA5OA5OA5OA5OA5OA5OA5PA5PA5PA5PA5PA5PA5PA5PA5PA5PA5OA5OA5OA5OA5OA5OA5OA5OA5OA5O\
A5QA5QA5QA5QA5QA5QA5QA5QA5QA5QA5RA5RA5RA5RA5RA5RA5RA5RA5RA5RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5SA5SA5SA5SA5SA5SA5SA5SA5SA5S\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5TA5TA5TA5TA5TA5TA5TA5TA5TA5TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
A5VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5WAAAAAAAAAAAAAAAAAAAAAAAAAAAA5XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5Y\
AAAAAAAAAAAAAAAAAAAAAAAAA5ZAAAA5aA5aA5aA5aA5aA5aA5aA5aA5aA5aA5bA5bA5bA5bA5bA5bA5bA5bA5bA5bA5cA5cA5cA5cA5cA5cA5cA5cA5cA5c\
A5dA5dA5dA5dA5dA5dA5dA5dA5dA5dA5eA5eA5eA5eA5eA5eA5eA5eA5eA5eA5fA5fA5fA5fA5fA5fA5fA5fA5fA5fA5gA5gA5gA5gA5gA5gA5gA5gA5gA5g\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5iA5jAAAAAAAAAA5kA5lA5mAAAA5nAAAA5oA5oA5oA5oAAAAAAAAAAAAA5pAAAA5qA5qA5qA5qA5rAAAAAA\
A5sA5tA5uA5uA5uA5uA5uA5uA5vA5wA5xAAAAAAAAAAAAAAAAAAAAAAAAAAAA5yAAAAAAAAAAAAAAAAAAAAAAAAAAAA5zA5zA5zA5zA5zA5zA5zA5zA5zA50\
A51A51A51A51A51A51A51A51A51A51A50A50A50A50A50A50A50A50A50A50A5zA5zA5zA5zA5zA5zA5zA5zA5zA5zA52A52A52A52A52A52A52A52A52A52\
A53A53A54A53A53A53A53A53A53A53A53A53A53A53AAAAAAAAAAAAAAAAAAA53A53A53A53A53A53A53A53A53A53A53AAAAAAA53A53A53A53A53A53AAA\
A53A53A53A53AAAAAAAAAAAAAAAA53A55A56AAAAAAAAAA52AAAA52A52AAAA57A57AAAA57AAAAAAA57AAAAAAAAAA58A58A58A58A58A58A58A58A58A58\
A59A59A59A59A59A59A59A59A59A59A58A58A58A58A58A58A58A58A58A59A5+A5+A5+A5+A5+A5+A5+A5+A5+A5+A5/A5/A5/A5/A5/A5/A5/A5/A5/A5/\
A5/AAAAAAAAAAAAAAAAAAAAAAAAAAAA6AA6AA6AA6AA6AA6AA6AA6AA6AA6AA6BA6BA6BA6BA6BA6BA6BA6BA6BA6BA6CA6CA6CA6CA6CA6CA6CA6CA6CA6C\
A6DA6DA6DA6DA6DA6DA6DA6DA6DA6DA6EA6EA6EA6EA6EA6EA6EA6EA6EA6EA6FA6FA6FA6FA6FA6FA6FA6FA6FA6FA6GA6GA6GA6GA6GA6GA6GA6GA6GA6G\
A6HA6HA6HA6HA6HA6HA6HA6HA6HA6HA6IA6IA6IA6IA6IA6IA6IA6IA6IA6IA6JA6JA6JA6JA6JA6JA6JA6JA6JA6JA6KA6KA6KA6KA6KA6KA6KA6KA6KA6K\
A6LA6LA6LA6LA6LA6LA6LA6LA6LA6LA6MA6MA6MA6MA6MA6MA6MA6MA6MA6MA6NA6NA6NA6NA6NA6NA6NA6NA6NA6NA6OA6OA6OA6OA6OA6OA6OA6OA6OA6O\
A6PA6PA6PA6PA6PA6PA6PA6PA6PA6PA6QA6QA6QA6QA6QA6QA6QA6QA6QA6QA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6RA6R\
A6SA6SA6SA6SA6SA6SA6SA6SA6SA6SA6TA6TA6TA6TA6TA6TA6TA6TA6TA6TA6UA6UA6UA6UA6UA6UA6UA6UA6UA6UA6VA6VA6VA6VA6VA6VA6VA6VA6VA6V\
A6WA6WA6WA6WA6WA6WA6WA6WA6WA6WA6XA6XA6XA6XA6XA6XA6XA6XA6XA6XA6YA6YA6YA6YA6YA6YA6YA6YA6YA6YA6ZA6ZA6ZA6ZA6ZA6ZA6ZA6ZA6ZA6Z\
A6aA6aA6aA6aA6aA6aA6aA6aA6aA6aA6bA6bA6bA6bA6bA6bA6bA6bA6bA6bA6cA6cA6cA6cA6cA6cA6cA6cA6cA6cA6dA6dA6dA6dA6dA6dA6dA6dA6dA6d\
A6eA6eA6eA6eA6eA6eA6eA6eA6eA6eA6fA6fA6fA6fA6fA6fA6fA6fA6fA6fA6gA6gA6gA6gA6gA6gA6gA6gA6gA6gA6hA6hA6hA6hA6hA6hA6hA6hA6hA6h\
A6iA6iA6iA6iA6iA6iA6iA6iA6iA6iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6kA6lA6mA6nA6oA6pA6qA6r\
AAAA6sA6sAAAA6sAAAA6sA6sAAAAAAAAAA6sA6sA6sA6sAAAAAAAAAAAAAAAAAAA6sAAAA6sA6sAAAAAAAAAAAAAAAAAAA6tA6sAAAAAAA6sA6sAAAA6tAAA\
AAAA6sA6sAAAAAAAAAAAAAAAA6uA6uAAAA6sA6uA6uA6vA6uA6uA6uA6uA6uA6wA6sAAAAAAA6xAAAA6yA6zAAAAAAA60A6sAAAAAAAAAAAAAAAAAAAAAAAA\
A61A61A61A61A61A61A61A61A61A61A62A62A62A62A62A62A62A62A62A62A63A63A63A63A63A63A63A63A63A63A64AAAA64AAAA64AAAAAAAAAA64AAA\
A65AAAAAAAAAAAAAAAAAAAAAAAAAAAA66AAAA66AAAA66AAAAAAAAAA66AAAA67AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA68AAA\
A69A69AAAAAAAAAAAAA69AAAAAAAAAA6+A6+A6+A6+A6+A6+A6+A6+A6+A6+A6/A6/A6/A6/A6/A6/A6/A6/A6/A6/A7AA7AA7AA7AA7AA7AA7AA7AA7AA7A\
A7BA7BA7BA7BA7BA7BA7BA7BA7BA7BA7CA7CA7CA7CA7CA7CA7CA7CA7CA7CA7DA7DA7DA7DA7DA7DA7DA7DA7DA7DA7EA7EA7EA7EA7EA7EA7EA7EA7EA7E\
A7FA7FA7FA7FA7FA7FA7FA7FA7FA7FA7GA7GA7GA7GA7GA7GA7GA7GA7GA7GA7HA7HA7HA7HA7HA7HA7HA7HA7HA7HA7IA7IA7IA7IA7IA7IA7IA7IA7IA7I\
A7JA7JA7JA7JA7JA7JA7JA7JA7JA7JA7KA7KA7KA7KA7KA7KA7KA7KA7KA7KA7LA7LA7LA7LA7LA7LA7LA7LA7LA7LA7MA7MA7MA7MA7MA7MA7MA7MA7MA7M\
A7NA7NA7NA7NA7NA7NA7NA7NA7NA7NA7OA7OA7OA7OA7OA7OA7OA7OA7OA7OA7PA7PA7PA7PA7PA7PA7PA7PA7PA7PA7QA7QA7QA7QA7QA7QA7QA7QA7QA7Q\
A7RA7RA7RA7RA7RA7RA7RA7RA7RA7RA7SA7SA7SA7SA7SA7SA7SA7SA7SA7SA7TA7TA7TA7TA7TA7TA7TA7TA7TA7TA7UA7UA7UA7UA7UA7UA7UA7UA7UA7U\
A7VA7VA7VA7VA7VA7VA7VA7VA7VA7VA7WA7WA7WA7WA7WA7WA7WA7WA7WA7WA7XA7XA7XA7XA7XA7XA7XA7XA7XA7XA7YA7YA7YA7YA7YA7YA7YA7YA7YA7Y\
A7ZA7ZA7ZA7ZA7ZA7ZA7ZA7ZA7ZA7ZA7aA7aA7aA7aA7aA7aA7aA7aA7aA7aA7bA7bA7bA7bA7bA7bA7bA7bA7bA7bA7cA7cA7cA7cA7cA7cA7cA7cA7cA7c\
A7dA7dA7dA7dA7dA7dA7dA7dA7dA7dA7eA7eA7eA7eA7eA7eA7eA7eA7eA7eA7fA7fA7fA7fA7fA7fA7fA7fA7fA7fA7gA7gA7gA7gA7gA7gA7gA7gA7gA7g\
A7hA7hA7hA7hA7hA7hA7hA7hA7hA7hA7iA7iA7iA7iA7iA7iA7iA7iA7iA7iA7jA7jA7jA7jA7jA7jA7jA7jA7jA7jA7kA7kA7kA7kA7kA7kA7kA7kA7kA7k\
A7lA7lA7lA7lA7lA7lA7lA7lA7lA7lA7mA7mA7mA7mA7mA7mA7mA7mA7mA7mA7nA7nA7nA7nA7nA7nA7nA7nA7nA7nA7oA7oA7oA7oA7oA7oA7oA7oA7oA7o\
A7pA7pA7pA7pA7pA7pA7pA7pA7pA7pA7qA7qA7qA7qA7qA7qA7qA7qA7qA7qA7rA7rA7rA7rA7rA7rA7rA7rA7rA7rA7sA7sA7sA7sA7sA7sA7sA7sA7sA7s\
A7tA7tA7tA7tA7tA7tA7tA7tA7tA7tA7uA7uA7uA7uA7uA7uA7uA7uA7uA7uA7vA7vA7vA7vA7vA7vA7vA7vA7vA7vA7wA7wA7wA7wA7wA7wA7wA7wA7wA7w\
A7xA7xA7xA7xA7xA7xA7xA7xA7xA7xA7yA7yA7yA7yA7yA7yA7yA7yA7yA7yA7zA7zA7zA7zA7zA7zA7zA7zA7zA7zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA70A70A70A70A70A70A70A70A70A70AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
A71A71A71A71A71A71A71A71A71A71A72A72A72A72A72A72A72A72A72A72AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA74A75A76A77A78A79A7+A7/A8A\
AAAA8BA8CA8CA8CA8CA8CA8CA8CA8CAAAA8DA8EAAAAAAA8FA8GA8HA8IA8JAAAA8KAAAA8LA8MA8NA8OAAAA8PAAAAAAAAAA8HA8QAAAAAAA8RA8SA8TAAA\
A8UA8VA8HA8WA8XA8YA8ZA8aAAAA8aAAAA8bA8cAAAA8dA8eA8fA8gA8gA8gAAAAAAA8hA8iA8jA8kA8lA8mA8nA8oA8pA8qA8rAAAAAAAAAA8sAAAAAAA8s\
A8tAAAAAAA8uAAAAAAAAAAAAAAAAAAAAAA8vAAAAAAAAAAAAAAAAAAAAAAAAA8wA8wA8wA8wA8wA8wA8wA8wA8wA8wAAAAAAAAAAAAA8xAAAA8xA8xAAAAAA\
AAAA8xAAAA8xA8xA8xA8xA8xA8xAAAAAAAAAA8xA8xAAAA8xAAAA8xAAAAAAAAAA8xA8xA8xA8xAAAA8xA8xA8xAAAAAAA8xA8xA8xA8xA8xA8xA8xA8xAAA\
AAAA8xA8xAAAA8xA8xA8xA8xAAAAAAAAAA8xAAAAAAA8xA8xAAAAAAA8xAAAAAAA8xA8xA8xA8xA8xA8yA8xA8xAAAAAAAAAA8xA8xAAAA8xA8xAAAA8xAAA\
AAAAAAAAAAAAAAAA8xA8xA8xAAAAAAAAAA8xAAAA8xAAAAAAAAAA8xA8xAAAAAAA8xA8xA8xAAAAAAAAAAAAA8xAAAAAAAAAAAAA8xA8xA8xA8xAAAA8xAAA\
AAAAAAAAAAAAAAAA8zAAAAAAAAAAAAAAAAAAAAAA8yAAAAAAAAAAAAAAAAAAAAAA8xAAAA8xAAAAAAA8xAAAA8xAAAAAAAAAA8xAAAA8xA8xAAAA8xAAAAAA\
AAAA80A80A80A80A80A80A80A80A80AAAAAAA8yAAAAAAAAAAAAA80AAAAAAAAAAAAAAAA8xAAAA8xAAAA8xAAAAAAAAAA8xAAAAAAA8xAAAAAAA8xAAAAAA\
AAAA8xA8xAAAAAAA8xAAAA8xA8xAAAAAAAAAAAAA8xAAAAAAAAAA8xAAAAAAA80A80A80A80A80A80A80A80A80A80AAAAAAAAAA8xAAAAAAAAAAAAAAAAAA\
AAAA8xA8xA8xA8xAAAAAAA8xAAAAAAAAAA8xAAAA8xAAAA8xA8xA8xA81AAAA82A82A82A82A8xA82A8xA82A8xA82A82A82A8yA82A82A82A82A82A82A82\
A82A82A82A82A82A82A82A82A82A82A83A8xA8xA8xA8xA8xA8xA8xA8xAAAAAAAAAA8yAAAAAAA8xAAAAAAAAAAAAAAAA8xAAAA8xA8xAAAAAAA8xA8xAAA\
AAAAAAAAAAAAAAAAAAA8xAAAA8xAAAAAAA8xAAAAAAAAAAAAA8xA8xA8xAAAAAAA8xA8xA8xA8xA8xA8xAAAAAAAAAA83AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAA8xA8xAAAAAAAAAAAAA84AAAAAAAAAAAAAAAAAAAAAAAAAAAA85AAAAAAAAAAAAAAAAAAAAAAAAAAAA85A85AAAAAAAAAAAAAAAAAAA86AAA\
AAAAAAA87A87A87A87A87AAAA87AAAA87A87AAAAAAAAAAAAAAAAAAAAAAAAA87A87AAAAAAAAAAAAAAAAAAAAAA87A88A88A88A88A88A88A88A88A88A88\
A89A89A89A89A89A89A89A89A89A89A8+A8+A8+A8+A8+A8+A8+A8+A8+A8+A8/A8/A8/A8/A8/A8/A8/A8/A8/A8/A8+AAAA8+A8+A8+A8+A8+A8+A8+A8+\
A9AA9AA9AA9AA9AA9AA9AA9AA9AA9AAAAAAAAAAA8+A8+A9BAAAAAAAAAAAAA9BA9BA9BA9BA9BA9BA9BA9BA9BA9BA9CA9CA9CA9CA9CA9CA9CA9CA9CA9C\
A9DA9DA9DA9DA9DA9DA9DA9DA9DA9DA9EA9EA9EA9EA9EA9EA9EA9EA9EA9EA9FA9FA9FA9FA9FA9FA9FA9FA9FA9FA9GA9GA9GA9GA9GA9GA9GA9GA9GA9G\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9HA9HA9HA9HA9HA9HA9HA9HA9HA9HA9IA9IA9IA9IA9IA9IA9IA9IA9IA9IA9JA9JA9JA9JA9JA9JA9JA9JA9JA9J\
A9KA9KA9KA9KA9KA9KA9KA9KA9KA9KA9LA9LA9LA9LA9LA9LA9LA9LA9LA9LA9MA9MA9MA9MA9MA9MA9MA9MA9MA9MA9NA9NA9NA9NA9NA9NA9NA9NA9NA9N\
A9OA9OA9OA9OA9OA9OA9OA9OA9OA9OA9PA9PA9PA9PA9PA9PA9PA9PA9PA9PA9QA9QA9QA9QA9QA9QA9QA9QA9QA9QA9RA9RA9RA9RA9RA9RA9RA9RA9RA9R\
A9SA9SA9SA9SA9SA9SA9SA9SA9SA9SA9RA9RA9RA9RA9RA9RA9RA9RA9RA9RA9TA9TA9TA9TA9TA9TA9TA9TA9TA9TA9UA9UA9UA9UA9UA9UA9UA9UA9UA9U\
A9VA9VA9VA9VA9VA9VA9VA9VA9VA9VA9WA9WA9WA9WA9WA9WA9WA9WA9WA9WA9XA9XA9XA9XA9XA9XA9XA9XA9XA9XA9YA9YA9YA9YA9YA9YA9YA9YA9YA9Y\
A9ZA9ZA9ZA9ZA9ZA9ZA9ZA9ZA9ZA9ZA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9aA9bA9bA9bA9bA9bA9bA9bA9bA9bA9b\
A9cA9cA9cA9cA9cA9cA9cA9cA9cA9cA9dA9dA9dA9dA9dA9dA9dA9dA9dA9dA9eA9eA9eA9eA9eA9eA9eA9eA9eA9eA9fA9fA9fA9fA9fA9fA9fA9fA9fA9f\
A9gA9gA9gA9gA9gA9gA9gA9gA9gA9gA9hA9hA9hA9hA9hA9hA9hA9hA9hA9hA9iA9iA9iA9iA9iA9iA9iA9iA9iA9iA9jA9jA9jA9jA9jA9jA9jA9jA9jA9j\
A9kA9kA9kA9kA9kA9kA9kA9kA9kA9kA9lA9lA9lA9lA9lA9lA9lA9lA9lA9lA9mA9mA9mA9mA9mA9mA9mA9mA9mA9mA9nA9nA9nA9nA9nA9nA9nA9nA9nA9n\
A9oA9oA9oA9oA9oA9oA9oA9oA9oA9oA9pA9pA9pA9pA9pA9pA9pA9pA9pA9pA9qA9qA9qA9qA9qA9qA9qA9qA9qA9qA9rA9rA9rA9rA9rA9rA9rA9rA9rA9r\
A9sA9sA9sA9sA9sA9sA9sA9sA9sA9sA9rA9rA9rA9rA9rA9rA9rA9rA9rA9rA9tA9tA9tA9tA9tA9tA9tA9tA9tA9tA9uA9uA9uA9uA9uA9uA9uA9uA9uA9u\
A9uA9uA9uA9uA9uA9uA9uA9uA9uA9uA9vA9vA9vA9vA9vA9vA9vA9vA9vA9vA9wA9wA9wA9wA9wA9wA9wA9wA9wA9wA9xA9xA9xA9xA9xA9xA9xA9xA9xA9x\
A9yA9yA9yA9yA9yA9yA9yA9yA9yA9yA9zA9zA9zA9zA9zA9zA9zA9zA9zA9zA90A90A90A90A90A90A90A90A90A90A91A91A91A91A91A91A91A91A91A91\
A92A92A92A92A92A92A92A92A92A92A93A93A93A93A93A93A93A93A93A93A94A94A94A94A94A94A94A94A94A94A95A95A95A95A95A95A95A95A95A95\
A96A96A96A96A96A96A96A96A96A96A97A97A97A97A97A97A97A97A97A97A98A98A98A98A98A98A98A98A98A98A99A99A99A99A99A99A99A99A99A99\
A9+A9+A9+A9+A9+A9+A9+A9+A9+A9+A9/A9/A9/A9/A9/A9/A9/A9/A9/A9/A+AA+AA+AA+AA+AA+AA+AA+AA+AA+AA+BA+BA+BA+BA+BA+BA+BA+BA+BA+B\
A88A88A88A88A88A88A88A88A88A88A+CA+CA+CA+CA+CA+CA+CA+CA+CA+CA+DA+DA+DA+DA+DA+DA+DA+DA+DA+DA+EA+EA+EA+EA+EA+EA+EA+EA+EA+E\
A+FA+FA+FA+FA+FA+FA+FA+FA+FA+FA+GA+GA+GA+GA+GA+GA+GA+GA+GA+GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+IA+JA+KAAAA+LAAAA+MA+NA+O\
AAAA+PA+QA+RA+SA+TA+UA+VA+WA+XA+YAAAAAAA+ZA+aAAAAAAAAAA+bA+cA+dAAAAAAA+dA+dAAAAAAA+dAAAAAAAAAAAAAAAAAAAAAA+dA+eAAAAAAAAA\
A+fA+gA+gA+gA+hA+iA+jA+kA+lA+mA+nAAAAAAAAAA+oAAAAAAA+pAAAAAAA+qA+qAAAAAAAAAAAAAAAAAAA+rAAAAAAAAAAAAA+sA+tA+uA+vA+wA+wAAA\
A+xA+yA+zA+0A+1A+2A+3A+4A+5A+6A+7A+8A+5A+9A++A+5A+/A/AA/BA/CA/DA+7A/EA+7A/FA+8A/GA+7A/HA/IA/JA+7A/KA/LA+5A/MA/NA/OA/PA/Q\
A/RA+7A/SA/TA/UA/VA/WA+8A/XA/YA/ZAAAA/aA/bA/cA/dA/eA/OA/fA+5A/gAAAA/hA/iA/jA/kA/lA+7A/mA/nA/oA+7A/pA/qA/rA/sA/tA/uA+7A/v\
A+7A+7AAAA+7A+7AAAAAAA+7A+7AAAA+7A+7AAAAAAAAAAAAAAAAAAA+7A+7A+7A+7AAAAAAAAAAAAAAAA+7AAAAAAA+7A+7A+7A+7A+7AAAA+7A+7A+7A+7\
A+7A+7A+7AAAAAAAAAAAAAAAAAAAAAA/wA/wA/wA/wA/wA/wA/wA/wA/wA/wA/xA/xA/xA/xA/xA/xA/xA/xA/xA/xA/yA/yA/yA/yA/yA/yA/yA/yA/yA/y\
A/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/zA/0A/zA/zA/zA/zA/1A/zA/2A/zA/zA/zA/zA/zA/zA/zA/3AAAA/4A/5A/6A/7A/8A/9A/+A//\
BAAA/zA/zA/zA/zA/zA/zA/zBABBACA/zA/zA/1A/1A/zA/zA/zA/zA/zA/zA/zBADA/zBACA/zA/zA/zA/zA/zA/zBAEAAAAAAAAAAAAAAAAAAAAABAFAAA\
AAAAAABAGBAGBAGBAHAAAAAAAAAAAABAGBAGBAGBAGAAAAAAAAAAAAAAAAAABAGBAGBAGBAGBAGBAGBAGBAGBAGBAGAAAAAABAGBAGBAGAAAAAAAAAAAABAG\
BAIBAIBAIBAIBAIBAIAAABAJBAIAAABAIBAIBAIBAIBAIBAIBAKBALAAAAAABAIBAIBAIAAAAAAAAABAIBAIBAIBAIBAIBAIBAIBAIBAIBAMAAAAAAAAAAAA\
BAIBAIBAIBAIBAIAAAAAAAAAAAABAIBAIAAABAIAAABANBAIBAIBAIBAOBAIBAIBAIBAIBAIBAIBAIBAIBAIBAPAAAAAAAAAAAABAIBAIBAIBAIBAIBAIBAI\
AAAAAAAAABAIBAIBAIBAIBAIAAABAIAAABAIBAIBAIBAIBAIBAIAAABAIBAIBAIAAABAIBAIBAQBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIAAAAAABAIBAIBAI\
BAIBAIAAABAIBAIBAIBARBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBASBATBAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAI\
BAIBAIBAIBAIBAIBAIBAIBAIBAIAAABAIAAABAIBAIBAIBAIAAABAIAAABAIBAIBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBAIBAIBAUBAVAAABAIBAIBAIBAI\
AAABAIBAIBAIAAABAIBAIBAIAAABAIBAIBAIBAIBAIBAWAAABAXBAIBAIBAIAAAAAABAIBAIBAIBAIAAABAIBAIAAABAIAAAAAABAIBAYBAIBAIBAIBAIBAI\
BAZAAABAIBAIBAIBAIAAABAIBAIBAIBAIAAABAIBAIBAIBAIBAIAAAAAABAIBAaBAbBAIBAIBAIBAIBAIBAIAAABAIBAcAAABAIBAIBAIBAIAAABAIBAdBAI\
BAIBAIBAIBAIBAIBAIBAIBAIAAABAIAAABAIBAIBAIAAABAIBAIBAIBAIBAIBAIAAABAIAAABAeBAIBAIBAfBAIBAIBAIBAIAAAAAAAAABAIBAIAAABAIBAI\
BAIAAAAAABAIBAIBAIBAIBAIBAIBAIBAIBAIBAgBAIBAIBAIBAhBAIBAIBAIBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBAIBAIBAIBAIBAIAAABAIAAABAIAAA\
BAIBAIBAIBAIBAIBAIAAABAIBAIBAIBAIAAAAAABAIBAIAAABAiAAABAIBAIBAIBAIBAIBAIAAABAIBAIAAABAIBAjBAIBAIAAABAIBAIBAkBAIBAIBAIBAI\
AAABAIBAIBAIBAIAAABAIBAlAAAAAABAIBAIBAIBAIBAIBAIBAIAAAAAABAmAAABAIAAABAIBAIBAIBAIBAIBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBAIBAI\
BAIBAIBAIAAABAIBAnAAABAVBAIAAABAIAAABAIAAABAIAAABAIBAIBAIBAIBAIBAIBAIBAIBAIBAIBAoBAIBAIBAIBAIAAABAIBAIAAAAAABAIBAIBAIAAA\
BAIAAAAAABAIBApBAIBAIBAIBAIBAIBAqBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBAIAAABAIBAIBAIBAIBAIBArBAIBAIAAABAIAAABAIBAIBAIBAIBAIBAI\
AAAAAAAAABAIAAABAIBAIBAIBAIBAIAAABAIBAIBAIBAIBAIAAABAsBAIBAIBAIAAABAIBAIBAIBAIAAABAtBAIAAABAIBAIBAIBAIBAIBAIAAABAIBAIAAA\
AAABAIBAIAAABAIBAIBAIBAIBAIBAIAAAAAABAIBAIBAIBAIBAIAAAAAABAIBAIAAABAIBAIBAuBAIBAIBAIBAIBAIBAIAAABAIAAAAAABAIBAIAAAAAABAI\
BAvAAABAIBAIBAIBApAAAAAABAIBAIBAIAAABAIBAIBAIBAIBAIAAABAIBAIAAABAIBAIBAIBAIBAwAAABAIBAIBAIAAAAAABAIBAIBAIBAIBAxBAIBAIBAy\
BAIBAIBAIBAIBAIBAIAAABAIAAABAIAAAAAABAIBAzBAIAAAAAABAIBAIBAIBAIBAIBAIAAABAIBAIAAABAIBAIAAAAAAAAABAIBAIBAIBA0AAABAIAAAAAA\
BA1BA1BA1BA1BA1BA1BA1BA1BA1BA1BA2BA2BA2BA2BA2BA2BA2BA2BA2BA2BA3BA3BA3BA3BA3BA3BA3BA3BA3BA3BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4\
BA4BA4BA4BA4BA4BA4BA4BA5BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4AAABA4BA4BA4BA4AAABA4BA4BA4BA4BA4BA6BA6BA6AAAAAAAAAAAAAAABA6AAA\
AAAAAAAAABA6AAABA6BA6AAAAAAAAAAAAAAAAAAAAABA6AAAAAAAAAAAAAAABA6BA6AAABA6BA6AAABA7BA6AAAAAAAAAAAAAAAAAABA6AAAAAAAAAAAABA6\
BA6BA6BA6BA6AAABA8BA6AAAAAABA6AAAAAAAAAAAAAAAAAAAAABA6AAAAAAAAABA6AAAAAABA6AAAAAAAAAAAAAAAAAABA6AAABA6AAAAAAAAAAAAAAABA6\
BA9BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4AAABA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4BA4AAABA4BA4BA4BA+BA4BA4BA4BA4BA4BA4BA4BA4\
BA/BBABA/BA/BA/BA/BA/BA/BA/BA/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBDBBCBBCBBCBBCBBC\
BBEBBEBBEBBEBBEBBEBBEBBEBBEBBEAAAAAAAAABBFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBGBBEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BBEBBEAAAAAAAAAAAAAAAAAAAAAAAABBEBBEBBEBBEBBEBBEBBHBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBIBBEBBEBBEBBEBBEBBEAAAAAAAAAAAAAAAAAA\
BBEBBEBBEBBEBBEBBJBBEBBEBBEBBEBBEBBEBBKBBLBBEBBEBBMBBEBBEBBEBBEBBEBBNBBOBBEBBEBBEBBEBBEBBEBBEBBEBBPBBEBBEBBEBBEBBQBBRBBE\
BBEBBEBBEBBEBBEBBEBBEBBEBBOBBEBBEBBEBBEBBEBBEBBEBBEBBSBBEBBEBBEBBEBBEBBEBBEBBEBBEBBTBBEBBEBBEBBEBBEBBEBBUBBEBBEBBEBBEBBE\
BBEBBEBBEBBEBBVBBEBBEBBEBBEBBEBBEBBEBBSBBEBBEBBEBBEBBEBBKBBEBBEBBEBBEBBWBBEBBXBBLBBPBBEBBEBBEBBEBBEBBEBBWBBEBBEBBEBBEBBE\
BBEBBEBBEBBEBBEBBYBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBZBBEBBEBBEBBEBBEBBaBBEBBEBBKBBEBBEBBEBBEBBEBBEBBEBBEBBEBBKBBEBBEBBE\
BBEBBEBBEBBEBBEBBEBBbBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBcBBEBBEBBEBBEBBEBBKBBEBBEBBdBBEBBEBBEBBEBBEBBEBBEBBeBBEBBEBBEBBE\
BBEBBEBBEBBKBBKBBEBBEBBEBBEBBEBBEBBEBBfBBEBBEBBEBBgBBEBBEBBEBBEBBEBBEBBEBBEBBhBBiBBfBBEBBEBBEBBEBBEBBEBBEBBNBBEBBEBBEBBE\
BBEBBEBBEBBEBBEBBEBBjBBkBBEBBEBBEBBEBBKBBEBBEBBEBBEBBEBBEBBEBBEBBEBBlBBYBBYBBYBBYBBcBBYBBEBBEBBEBBEBBEBBEBBEBBEBBEBBKBBE\
BBEBBEBBEBBEBBEBBKBBKBBEBBEBBEBBEBBEBBEBBEBBEBBOBBEBBEBBmBBEBBEBBEBBEBBnBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBLBBEBBoBBE\
BBEBBEBBEBBEBBEBBEBBEBBEBBpBBEBBEBBEBBEBBEBBEBBEBBLBBEBBEBBEBBEBBEBBqBBEBBEBBEBBEBBEBBgBBEBBEBBEBBpBBHBBEBBEBBEBBEBBEBBE\
BBEBBEBBEBBEBBEBBEBBgBBEBBEBBEBBrBBrBBrBBrBBrBBrBBrBBrBBrBBrBBsBBsBBsBBsBBsBBsBBsBBsBBsBBsBBtBBtBBtBBtBBtBBtBBtBBtBBtBBt\
BBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuBBuAAABBuBBuBBuBBvBBvBBvBBvBBvBBvBBvBBvBBvBBvAAAAAAAAAAAABBvAAAAAAAAAAAAAAA\
AAAAAABBvAAAAAAAAAAAAAAAAAAAAABBuBBuAAAAAAAAAAAAAAAAAAAAAAAABBuAAABBuAAAAAAAAAAAAAAABBuAAABBwBBwBBwBBwBBwBBwBBwBBwBBwBBw\
BBwBBxBBwBBwBBwBBwBBwBBwBBwBBwBByBByBByBByBByBByBByBByBByBByBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBB0BBzBBzBBz\
BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABB1BB1BB1BB1BB2BB2BB2BB2BB1BB1BB1BB1BB1\
BB1BB1BB2BB2BB2BB2BB2BB2BB2BB2BB1BB2BB2BB2BB2BB2BB2BB2BB1BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB1BB2BB2BB2BB2BB2BB2BB2BB2BB1\
BB1BB2BB2BB2BB2BB2BB2BB1BB1BB1BB2BB2BB2BB2BB2BB1BB1BB1BB1BB1BB1BB1BB2BB2BB2BB2BB1BB1BB1BB1BB1BB1BB2BB2BB2BB2BB2BB2BB2BB1\
BB2BB2BB2BB2BB2BB1BB1BB2BB2BB2BB1BB1BB1BB2BB2BB2BB1BB1BB1BB1BB1BB1BB2BB2BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB2BB2BB2BB2BB2BB2\
BB2BB2BB1BB1BB1BB2BB1BB2BB2BB2BB1BB2BB2BB2BB2BB2BB2BB2BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB2BB2BB2BB2BB1BB2BB1BB1\
BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB1BB2BB2BB2BB1BB1BB1BB1BB1BB1BB1BB1BB2BB2BB2BB2BB2BB2BB1BB2BB2BB1BB1BB1BB1BB1BB2BB2BB2BB2\
BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB2BB2BB2BB2BB1BB2BB1BB1BB1BB1BB1BB2BB2BB2BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1\
BB1BB2BB1BB1BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB2BB2BB1BB1BB1BB2BB1BB2BB2BB2BB2BB2BB2BB2\
BB2BB2BB2BB2BB2BB2BB2BB2BB1BB1BB2BB2BB2BB2BB1BB1BB1BB1BB1BB1BB1BB1BB2BB2BB1BB1BB1BB1BB1BB2BB1BB1BB2BB2BB2BB2BB1BB1BB2BB1\
BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1BB1BB1BB2BB1BB1BB1BB1BB1BB1BB2BB2BB1BB1BB1BB1BB1BB1BB1BB1BB3BB3BB3BB3BB3BB3BB3BB3BB3BB3\
BB4BB4BB4BB4BB4BB4BB4BB4BB4BB4BB5BB5BB5BB5BB5BB5BB5BB5BB5BB5BB6BB6BB6BB6BB6BB6BB6BB6BB6BB6BB7BB7BB7BB7BB7BB7BB7BB7BB7BB7\
BB8BB8BB8BB8BB8BB8BB8BB8BB8BB8BB8BB9BB8BB8BB8BB8BB8BB8BB8BB8BB+BB+BB+BB+BB+BB+BB+BB+BB+BB+BB/BB/BB/BB/BB/BB/BB/BB/BB/BB/\
BB/BB/BB/BB/BCABB/BB/BB/BB/BB/BCBBCBBCBBCBBCBBCBBCBBCBBCBBCBBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCDBCDBCDBCDBCDBCDBCDBCDBCDBCD\
BCEBCEBCEBCEBCEBCEBCEBCEBCEBCEBCFBCFBCFBCFBCFBCFBCFBCFBCFBCFBCGBCGBCGBCGBCGBCGBCGBCGBCGBCGBCHBCHBCHBCHBCHBCHBCHBCHBCHBCH\
BCIBCIBCIBCIBCIBCIBCIBCIBCIBCIBCIBCJBCIBCIBCIBCIBCIBCIBCIBCIBCKBCKBCKBCKBCKBCKBCKBCKBCKBCKBCLBCLBCLBCLBCLBCLBCLBCLBCLBCL\
BCMBCMBCMBCMBCMBCMBCMBCMBCMBCMBCNBCNBCNBCNBCNBCNBCNBCNBCNBCNBCOBCOBCOBCOBCOBCOBCOBCOBCOBCOBCPBCPBCPBCPBCPBCPBCPBCPBCPBCP\
BCQBCQBCQBCQBCQBCQBCQBCQBCQBCQBCRBCRBCRBCRBCRBCRBCRBCRBCRBCRBCSBCSBCSBCSBCSBCSBCSBCSBCSBCSBCTBCTBCTBCTBCTBCTBCTBCTBCTBCT\
BCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCUBCVBCVBCVBCVBCVBCVBCVBCVBCVBCVBCWBCWBCWBCWBCWBCWBCWBCWBCWBCW\
BCWBCWBCWBCWBCWBCWBCWBCWBCWBCWBCXBCXBCXBCXBCXBCXBCXBCXBCXBCXBCYBCYBCYBCYBCYBCYBCYBCYBCYBCYBCZBCZBCZBCZBCZBCZBCZBCZBCZBCZ\
BCaBCaBCaBCaBCaBCaBCaBCaBCaBCaBCbBCbBCbBCbBCbBCbBCbBCbBCbBCbBCcBCcBCcBCcBCcBCcBCcBCcBCcBCcBCdBCdBCdBCdBCdBCdBCdBCdBCdBCd\
BCeBCeBCeBCeBCeBCeBCeBCeBCeBCeBCfBCfBCfBCfBCfBCfBCfBCfBCfBCfBCgBCgBCgBCgBCgBCgBCgBCgBCgBCgBChBChBChBChBChBChBChBChBChBCh\
BChBChBChBChBChBChBChBChBChBChBCiBCiBCiBCiBCiBCiBCiBCiBCiBCiBCjBCjBCjBCjBCjBCjBCjBCjBCjBCjBCkBCkBCkBCkBCkBCkBCkBCkBCkBCk\
BClBClBClBClBClBClBClBClBClBClBCmBCmBCmBCmBCmBCmBCmBCmBCmBCmBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCn\
BCoBCoBCoBCoBCoBCoBCoBCoBCoBCoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCqAAABCrAAABCsAAABCtBCuBCvAAAAAAAAAAAABCwAAAAAAAAAAAAAAABCxAAAAAABCxBCxAAAAAABCxAAAAAA\
AAAAAAAAAAAAAAABCxBCyAAAAAAAAABCzAAAAAAAAAAAAAAABC0BC1BC2BC3BC4AAAAAAAAABC5AAAAAABC6AAAAAABC7BC7AAAAAAAAAAAAAAAAAABC6AAA\
AAAAAAAAAAAAAAAAAAAAAAAABC8AAABC9BC9BC9BC9BC9BC9BC9BC9BC9BC9BC+BC+BC+BC+BC+BC+BC+BC+BC+BC+BC/BC/BC/BC/BC/BC/BC/BC/BC/BC/\
BDAAAABDBBDCBDDBDEBDFBDGBDHBDIAAAAAAAAAAAAAAAAAAAAAAAABDJAAAAAAAAAAAABDKAAAAAAAAAAAAAAAAAAAAABDLAAAAAAAAAAAAAAAAAAAAAAAA\
BDMAAAAAAAAAAAAAAAAAAAAABDNAAAAAAAAABDOBDOBDOBDPAAAAAAAAAAAABDOBDOBDOBDOAAAAAAAAAAAAAAAAAABDOBDOBDOBDOBDOBDOBDOBDOBDOBDO\
AAABDQAAAAAAAAAAAAAAAAAAAAAAAABDRBDRBDRBDRBDRBDRBDRBDRBDRBDRBDSBDSBDSBDSBDSBDSBDSBDSBDSBDSBDTBDTBDTBDTBDTBDTBDTBDTBDTBDT\
BDUBDUBDUAAAAAAAAAAAAAAABDUAAAAAAAAAAAABDUAAABDUBDUAAAAAAAAAAAAAAAAAAAAABDUAAAAAAAAAAAAAAABDUBDUAAABDUBDUAAABDVBDUAAAAAA\
AAAAAAAAAAAABDUAAAAAAAAAAAABDUBDUBDUBDUBDUAAABDWBDUAAAAAABDUAAAAAAAAAAAAAAAAAAAAABDUAAAAAAAAABDUAAAAAABDUAAAAAAAAAAAAAAA\
AAABDUAAABDUAAAAAAAAAAAAAAABDUAAABDXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABDXAAABDYAAAAAAAAAAAAAAAAAAAAAAAA\
BDZBDaBDZBDZBDZBDZBDZBDZBDZBDZBDbBDbBDbBDbBDbBDbBDbBDbBDbBDbBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDdBDcBDcBDcBDcBDc\
AAAAAABDeAAAAAABDeBDeBDeBDeBDeBDfBDfBDfBDfBDfBDfBDfBDfBDfBDfBDgBDgBDgBDgBDgBDgBDgBDgBDgBDgBDhBDhBDhBDhBDhBDhBDhBDhBDhBDh\
BDiBDiBDiBDiBDiBDiBDiBDiBDiBDiAAAAAAAAAAAABDiAAAAAAAAAAAAAAAAAAAAABDiAAAAAAAAAAAAAAAAAAAAABDjBDjBDjBDjBDjBDjBDjBDjBDjBDj\
AAABDjAAAAAAAAAAAAAAABDjAAAAAABDkBDkBDkBDkBDkBDkBDkBDkBDkBDkBDkBDlBDkBDkBDkBDkBDkBDkBDkBDkBDmBDmBDmBDmBDmBDmBDmBDmBDmBDm\
BDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDoBDnBDnBDnBDpBDpBDpBDpBDpBDpBDpBDpBDpBDpBDqBDqBDqBDqBDqBDqBDqBDqBDqBDq\
BDrBDrBDrBDrBDrBDrBDrBDrBDrBDrBDsBDsBDsBDsBDsBDsBDsBDsBDsBDsBDtBDtBDtBDtBDtBDtBDtBDtBDtBDtBDuBDuBDuBDuBDuBDuBDuBDuBDuBDu\
BDvBDvBDvBDvBDvBDvBDvBDvBDvBDvBDvBDwBDvBDvBDvBDvBDvBDvBDvBDvBDxBDxBDxBDxBDxBDxBDxBDxBDxBDxBDyBDyBDyBDyBDyBDyBDyBDyBDyBDy\
BDyBDyBDyBDyBDzBDyBDyBDyBDyBDyBD0BD0BD0BD0BD0BD0BD0BD0BD0BD0BD1BD1BD1BD1BD1BD1BD1BD1BD1BD1BD2BD2BD2BD2BD2BD2BD2BD2BD2BD2\
BD3BD3BD3BD3BD3BD3BD3BD3BD3BD3BD4BD4BD4BD4BD4BD4BD4BD4BD4BD4BD5BD5BD5BD5BD5BD5BD5BD5BD5BD5BD6BD6BD6BD6BD6BD6BD6BD6BD6BD6\
BD6BD7BD6BD6BD6BD6BD6BD6BD6BD6BD8BD8BD8BD8BD8BD8BD8BD8BD8BD8BD9BD9BD9BD9BD9BD9BD9BD9BD9BD9BD+BD+BD+BD+BD+BD+BD+BD+BD+BD+\
BD/BD/BD/BD/BD/BD/BD/BD/BD/BD/BEABEABEABEABEABEABEABEABEABEABEBBEBBEBBEBBEBBEBBEBBEBBEBBEBBECBECBECBECBECBECBECBECBECBEC\
BEDBEDBEDBEDBEDBEDBEDBEDBEDBEDBEEBEEBEEBEEBEEBEEBEEBEEBEEBEEBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEF\
BEGBEGBEGBEGBEGBEGBEGBEGBEGBEGBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEHBEIBEIBEIBEIBEIBEIBEIBEIBEIBEI\
BEJBEJBEJBEJBEJBEJBEJBEJBEJBEJBEKBEKBEKBEKBEKBEKBEKBEKBEKBEKBELBELBELBELBELBELBELBELBELBELBEMBEMBEMBEMBEMBEMBEMBEMBEMBEM\
BENBENBENBENBENBENBENBENBENBENBEOBEOBEOBEOBEOBEOBEOBEOBEOBEOBEPBEPBEPBEPBEPBEPBEPBEPBEPBEPBEQBEQBEQBEQBEQBEQBEQBEQBEQBEQ\
BERBERBERBERBERBERBERBERBERBERBESBESBESBESBESBESBESBESBESBESBETBETBETBETBETBETBETBETBETBETBEUBEUBEUBEUBEUBEUBEUBEUBEUBEU\
BEVBEVBEVBEVBEVBEVBEVBEVBEVBEVBEWBEWBEWBEWBEWBEWBEWBEWBEWBEWBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEXBEX\
BEYBEYBEYBEYBEYBEYBEYBEYBEYBEYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEaAAABEbAAABEcAAABEdBEeBEfAAAAAAAAAAAAAAAAAABEgAAAAAAAAABEhAAAAAABEiBEjAAAAAABEkAAAAAA\
AAAAAAAAAAAAAAABEiBElAAAAAAAAABEmAAAAAAAAABEnBEoBEpAAAAAABEoBEqAAAAAAAAABErAAAAAABEsAAAAAABEtAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAABEuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEvAAABEwBEwBEwBEwBEwBEwBEwBEwBEwBEwAAAAAAAAAAAABExBEyAAAAAAAAAAAA\
BEyAAABEzAAAAAAAAAAAAAAAAAAAAABE0BE0BE0BE0BE0BE0BE0BE0BE0BE0BE1BE1BE1BE1BE1BE1BE1BE1BE1BE1AAAAAAAAAAAAAAABE2AAAAAAAAAAAA\
AAAAAABE3AAAAAAAAAAAAAAAAAAAAAAAAAAABE4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABE5AAAAAAAAAAAAAAABE6BE7AAAAAAAAAAAA\
BE7AAABE8AAAAAAAAAAAAAAAAAAAAABE7BE7AAAAAAAAAAAABE7BE7AAAAAAAAAAAAAAAAAABE9AAAAAAAAAAAAAAAAAABE+AAAAAAAAAAAAAAAAAAAAAAAA\
BE/BE/BE/BE/BE/BE/BE/BE/BE/BE/BFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFBAAAAAAAAAAAAAAABFCAAAAAAAAAAAAAAAAAAAAA\
BFDBFDBFDBFDBFDBFDBFDBFDBFDBFDBFEBFEBFEBFEBFEBFEBFEBFEBFEBFEAAAAAAAAAAAAAAAAAAAAABFFAAAAAAAAAAAAAAAAAABFGAAAAAAAAAAAAAAA\
AAAAAAAAAAAABFHAAAAAAAAAAAAAAAAAABFIAAAAAAAAAAAAAAAAAAAAAAAABFJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFKAAAAAAAAA\
AAAAAABFLAAAAAAAAAAAAAAAAAAAAAAAAAAABFMAAAAAABFNBFNBFNBFNAAAAAAAAAAAAAAAAAAAAABFOAAAAAAAAABFPBFPBFPBFPBFPBFPBFPBFPBFPBFP\
AAAAAAAAAAAABFQAAAAAAAAAAAABFQAAAAAABFRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFSBFTBFTBFTBFTBFTBFTBFTBFTBFTBFT\
BFUBFUBFUBFUBFUBFUBFUBFUBFUBFUAAAAAAAAAAAAAAAAAABFVAAAAAAAAABFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFVBFWBFVAAABFVBFV\
AAAAAAAAAAAAAAAAAABFXAAAAAAAAAAAAAAAAAAAAABFYAAAAAAAAAAAABFYAAAAAABFZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFa\
AAAAAAAAABFbAAAAAAAAAAAAAAAAAABFcBFcBFcBFcBFcBFcBFcBFcBFcBFcAAAAAABFdAAAAAAAAAAAAAAAAAAAAABFdBFdBFdBFdBFdBFdBFdBFdBFdBFd\
BFeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFdBFfBFfBFfBFfBFfBFfBFfBFfBFfBFf\
BFgBFgBFgBFgBFgBFgBFgBFgBFgBFgBFhBFhBFhBFhBFhBFhBFhBFhBFhBFhBFhAAAAAAAAAAAAAAABFhAAAAAAAAAAAAAAABFiAAAAAAAAAAAAAAAAAAAAA\
BFjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABFkBFlAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BFlBFlBFlBFlBFlBFlBFlBFlBFlBFlBFmBFmBFmBFmBFmBFmBFmBFmBFmBFmAAAAAAAAAAAAAAAAAABFmAAAAAAAAABFnBFnBFnBFnBFnBFnBFnBFnBFnBFn\
BFoBFoBFoBFoBFoBFoBFoBFoBFoBFoBFpBFpBFpBFpBFpBFpBFpBFpBFpBFpBFqBFqBFqBFqBFqBFqBFqBFqBFqBFqAAAAAAAAAAAAAAAAAABFrAAAAAAAAA\
BFrBFrBFrBFrBFrBFrBFrBFrBFrBFrBFsBFsBFsBFsBFsBFsBFsBFsBFsBFsBFtBFtBFtBFtBFtBFtBFtBFtBFtBFtBFuBFuBFuBFuBFuBFuBFuBFuBFuBFu\
BFvBFvBFvBFvBFvBFvBFvBFvBFvBFvBFwBFwBFwBFwBFwBFwBFwBFwBFwBFwBFxBFxBFxBFxBFxBFxBFxBFxBFxBFxBFyBFyBFyBFyBFyBFyBFyBFyBFyBFy\
BFzBFzBFzBFzBFzBFzBFzBFzBFzBFzBF0BF0BF0BF0BF0BF0BF0BF0BF0BF0BF1BF1BF1BF1BF1BF1BF1BF1BF1BF1BF2BF2BF2BF2BF2BF2BF2BF2BF2BF2\
BF3BF3BF3BF3BF3BF3BF3BF3BF3BF3BF4BF4BF4BF4BF4BF4BF4BF4BF4BF4BF5BF5BF5BF5BF5BF5BF5BF5BF5BF5BF6BF6BF6BF6BF6BF6BF6BF6BF6BF6\
BF7BF7BF7BF7BF7BF7BF7BF7BF7BF7BF8BF8BF8BF8BF8BF8BF8BF8BF8BF8BF9BF9BF9BF9BF9BF9BF9BF9BF9BF9BF+BF+BF+BF+BF+BF+BF+BF+BF+BF+\
BF/BF/BF/BF/BF/BF/BF/BF/BF/BF/BGABGABGABGABGABGABGABGABGABGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGCAAAAAAAAAAAAAAABGDAAAAAAAAAAAAAAAAAAAAAAAABGEAAAAAAAAAAAAAAAAAAAAABGFBGEBGEAAAAAAAAA\
AAAAAABGGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGHAAAAAAAAAAAAAAAAAAAAAAAABGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGJAAAAAA\
BGKBGKBGKBGKBGKBGKBGKBGKBGKBGKAAAAAAAAAAAAAAAAAABGKAAAAAAAAABGLBGLBGLBGLBGLBGLBGLBGLBGLBGLBGMBGMBGMBGMBGMBGMBGMBGMBGMBGM\
BGNBGNBGNBGNBGNBGNBGNBGNBGNBGNBGOBGOBGOBGOBGOBGOBGOBGOBGOBGOBGPBGPBGPBGPBGPBGPBGPBGPBGPBGPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAABGRAAABGSAAABGTAAABGUBGVBGWAAAAAAAAAAAAAAABGXAAAAAAAAAAAABGYAAAAAABGZBGaAAAAAABGbAAAAAAAAAAAAAAAAAAAAABGZBGcAAAAAAAAA\
BGdAAAAAAAAAAAABGeBGfBGgBGhBGiBGjAAAAAAAAABGkAAAAAABGlAAAAAABGmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGnAAAAAAAAAAAAAAAAAA\
BGoAAAAAAAAAAAAAAAAAAAAABGpAAABGqBGqBGqBGqBGqBGqBGqBGqBGqBGqAAAAAAAAAAAABGrBGsAAAAAAAAAAAABGtBGuAAAAAAAAAAAAAAAAAAAAAAAA\
BGvBGvBGvBGvBGvBGvBGvBGvBGvBGvAAABGwAAAAAAAAAAAAAAAAAAAAAAAABGxAAAAAAAAAAAAAAAAAAAAAAAAAAABGyAAABGzBG0BG1BG2BG3BG4BG5BG6\
BG7AAAAAAAAAAAAAAAAAAAAAAAABG8AAAAAABGxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABG8AAAAAAAAAAAAAAAAAABG9AAAAAAAAAAAAAAAAAAAAABG+AAA\
AAAAAAAAAAAABG/BHAAAAAAAAAAAAABHBBHCAAAAAAAAAAAAAAAAAAAAAAAABHDBHEAAAAAAAAAAAAAAABHFAAAAAAAAAAAAAAAAAABHGAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAABHHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHIBHJBHJBHJBHJBHJBHJBHJBHJBHJBHJAAAAAAAAAAAABHKAAAAAABHLAAAAAA\
BHMAAAAAAAAAAAAAAAAAAAAABHNAAABHOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHPAAAAAAAAAAAAAAAAAAAAABHQBHQBHQBHQBHQBHQBHQBHQBHQBHQ\
AAAAAAAAAAAAAAABHRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHSBHTBHTBHTAAAAAAAAAAAAAAABHTAAAAAAAAAAAABHTAAABHTBHTAAAAAAAAA\
AAAAAAAAAAAABHTAAAAAAAAAAAAAAABHTBHTAAABHTBHTAAABHUBHTAAAAAAAAAAAAAAAAAABHTAAAAAAAAAAAABHTBHTBHTBHTBHTAAABHVBHTAAAAAABHT\
AAAAAAAAAAAAAAAAAAAAABHTAAAAAAAAABHTAAAAAABHTAAAAAAAAAAAAAAAAAABHTAAABHTAAAAAAAAAAAAAAABHTBHWAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAABHSAAAAAAAAAAAAAAAAAAAAAAAAAAABHXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHYAAAAAAAAAAAABHZAAAAAABHaAAAAAA\
BHbAAAAAAAAAAAAAAAAAAAAABHcAAABHdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHfAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAABHgAAAAAABHhAAAAAAAAAAAAAAAAAAAAAAAABHiBHiBHiAAABHiBHiBHiBHiBHiAAAAAAAAAAAABHjAAAAAAAAAAAABHkAAA\
BHkAAAAAAAAAAAAAAAAAAAAAAAAAAABHlBHlBHlBHlBHlBHlBHlBHlBHlBHlBHjAAAAAAAAABHmAAABHnAAAAAAAAABHoAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAABHkAAAAAAAAAAAAAAABHpAAAAAAAAAAAAAAAAAAAAAAAAAAABHmAAAAAAAAAAAAAAAAAAAAAAAAAAABHqAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BHrBHrBHrBHrBHrBHrBHrBHrBHrBHrAAABHsAAAAAAAAAAAAAAAAAAAAAAAABHtBHtBHtBHtBHtBHtBHtBHtBHtBHtBHuBHuBHuBHuBHuBHuBHuBHuBHuBHu\
AAAAAAAAAAAABHuAAAAAAAAAAAAAAAAAAAAABHuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABHtAAAAAAAAABHtBHtAAAAAAAAAAAABHvAAAAAAAAAAAABHwAAA\
BHwAAAAAAAAAAAAAAAAAAAAAAAAAAABHxAAAAAAAAABHyAAABHzAAAAAAAAABH0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABH1AAAAAAAAAAAAAAA\
BH2AAAAAAAAAAAAAAAAAAAAAAAAAAABHyAAAAAAAAAAAAAAAAAAAAAAAAAAABH3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABH4AAAAAAAAA\
AAABH2AAAAAAAAAAAAAAAAAAAAAAAABH5AAAAAAAAAAAABHxAAAAAAAAAAAABH6BH6BH6BH6BH6BH6BH6BH6BH6BH6AAAAAAAAAAAAAAABH7AAAAAAAAAAAA\
AAABH7AAAAAAAAAAAAAAAAAAAAAAAABH7BH7BH7BH7BH7BH7BH7BH7BH7BH7AAAAAABH7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABH7\
AAAAAAAAABH7AAAAAAAAAAAAAAAAAABH7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABH7AAAAAAAAABH8BH8BH8BH8BH8BH8BH8BH8BH8BH8\
AAABH9AAAAAAAAAAAAAAAAAAAAAAAABH+BH+BH+BH+BH+BH+BH+BH+BH+BH+BH/BH/BH/BH/BH/BH/BH/BH/BH/BH/AAAAAAAAAAAAAAABIAAAAAAAAAAAAA\
AAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIBAAAAAAAAAAAAAAAAAABIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIB\
AAAAAAAAABIBAAAAAAAAAAAAAAAAAAAAABIBAAAAAAAAAAAAAAAAAAAAAAAABIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIBAAAAAAAAA\
AAAAAAAAAAAAAAABIBAAAAAAAAABIBAAAAAAAAAAAAAAAAAAAAABIBAAAAAABICBICBICBICBICBICBICBICBICBICBIDBIDBIDBIDBIDBIDBIDBIDBIDBID\
BIEBIEBIEBIEBIEBIEBIEBIEBIEBIEBIFBIFBIFBIFBIFBIFBIFBIFBIFBIFBIGBIGBIGBIGBIGBIGBIGBIGBIGBIGBIHBIHBIHBIHBIHBIHBIHBIHBIHBIH\
BIIBIIBIIBIIBIIBIIBIIBIIBIIBIIBIJBIJBIJBIJBIJBIJBIJBIJBIJBIJBIKBIKBIKBIKBIKBIKBIKBIKBIKBIKBILBILBILBILBILBILBILBILBILBIL\
BIMBIMBIMBIMBIMBIMBIMBIMBIMBIMBINBINBINBINBINBINBINBINBINBINBIOBIOBIOBIOBIOBIOBIOBIOBIOBIOBIPBIPBIPBIPBIPBIPBIPBIPBIPBIP\
BIQBIQBIQBIQBIQBIQBIQBIQBIQBIQBIRBIRBIRBIRBIRBIRBIRBIRBIRBIRBISBISBISBISBISBISBISBISBISBISBITBITBITBITBITBITBITBITBITBIT\
BIUBIUBIUBIUBIUBIUBIUBIUBIUBIUBIVBIVBIVBIVBIVBIVBIVBIVBIVBIVBIWBIWBIWBIWBIWBIWBIWBIWBIWBIWBIXBIXBIXBIXBIXBIXBIXBIXBIXBIX\
BIYBIYBIYBIYBIYBIYBIYBIYBIYBIYBIZBIZBIZBIZBIZBIZBIZBIZBIZBIZBIaBIaBIaBIaBIaBIaBIaBIaBIaBIaBIbBIbBIbBIbBIbBIbBIbBIbBIbBIb\
BIcBIcBIcBIcBIcBIcBIcBIcBIcBIcBIdBIdBIdBIdBIdBIdBIdBIdBIdBIdBIeBIeBIeBIeBIeBIeBIeBIeBIeBIeBIfBIfBIfBIfBIfBIfBIfBIfBIfBIf\
BIgBIgBIgBIgBIgBIgBIgBIgBIgBIgBIhBIhBIhBIhBIhBIhBIhBIhBIhBIhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIjBIkBIlBImBInBIoBIpBIqBIrBIrBIrBIrBIrBIrBIsBIsBIsBIr\
BIrBIrBIrBIrBItBIuBIvAAABIwBIxBIrBIrBIrBIyBIyBIrBIzBI0BI1BI2BIrBIrBIrBIrBI3BI4BIrBI5BI6BI7BIrBIrBI8BIrBI9BIrBI+BIsBIsBI/\
BIrBIrBIrBIrBIrBIrBIrBJABJBBIrBJCBIrBIuAAAAAAAAABIrBIrBIrBIrBJDBIrBIrBIrBIrAAABIsBIrBIrBIrAAABJEBJEBJEBJEBJEBJEBJEBJEBJE\
BJEBJEBJEBJEBJEBJEBJEBJEBJEBJEAAABJEBJFBJEBJFBJFBJFBJFBJFBJFAAABJEBJEBJEBJEBJEBJFBJFBJEBJFAAABJEBJFBJEBJEBJFBJFBJEBJEBJE\
AAABJEBJEBJEBJEBJEBJEBJEBJEBJFAAABJEBJEBJEBJEBJEBJEBJEBJFBJEAAABJFBJEBJEBJEBJEBJEBJEBJEBJEAAABJEBJFBJEBJEBJEBJFBJEBJFBJE\
AAABJEBJFBJEBJFBJEBJFBJEBJFBJEAAABJEBJEBJEBJEBJFBJFBJEBJFBJFAAABJEBJEBJFBJFBJFBJFBJEBJFBJFAAABJEBJFBJFBJEBJFBJEBJEBJEBJE\
AAABJFBJFBJEBJEBJEBJFBJEBJEBJEAAABJFBJFBJFBJFBJEBJEBJFBJEBJFAAABJEBJEBJEBJFBJEBJFBJFBJEBJFAAABJEBJEBJEBJEBJEBJEBJFBJFBJE\
AAABJEBJEBJEBJEBJEBJEBJFBJEBJFAAABJFBJEBJEBJEBJEBJEBJEBJEBJFAAABJEBJFBJFBJFBJFBJEBJFBJEBJEAAABJEBJFBJFBJFBJEBJEBJFBJEBJE\
AAABJFBJFBJEBJEBJEBJEBJEBJEBJEAAABJEBJFBJFBJEBJFBJFBJEBJFBJFBJGBJGBJGBJGBJGBJGBJGBJGBJGBJGBJHBJHBJHBJHBJHBJHBJHBJHBJHBJH\
BJIBJIBJIBJIBJIBJIBJIBJIBJIBJIBJJBJJBJJBJJBJJBJJBJJBJJBJJBJJBJKBJKBJKBJKBJKBJKBJKBJKBJKBJKBJLBJLBJLBJLBJLBJLBJLBJLBJLBJL\
BJMBJMBJMBJMBJMBJMBJMBJMBJMBJMBJNBJNBJNBJNBJNBJNBJNBJNBJNBJNBJOBJOBJOBJOBJOBJOBJOBJOBJOBJOBJPBJPBJPBJPBJPBJPBJPBJPBJPBJP\
BJQBJQBJQBJQBJQBJQBJQBJQBJQBJQBJRBJRBJRBJRBJRBJRBJRBJRBJRBJRBJSBJSBJSBJSBJSBJSBJSBJSBJSBJSBJTBJTBJTBJTBJTBJTBJTBJTBJTBJT\
BJUBJUBJUBJUBJUBJUBJUBJUBJUBJUBJVBJVBJVBJVBJVBJVBJVBJVBJVBJVBJWBJWBJWBJWBJWBJWBJWBJWBJWBJWBJXBJXBJXBJXBJXBJXBJXBJXBJXBJX\
BJYBJYBJYBJYBJYBJYBJYBJYBJYBJYBJZBJZBJZBJZBJZBJZBJZBJZBJZBJZBJaBJaBJaBJaBJaBJaBJaBJaBJaBJaBJbBJbBJbBJbBJbBJbBJbBJbBJbBJb\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAABJdBJeBJfBJgBJhBJiBJjBJkBJlBJmBJnBJoBJnBJpBJqBJnBJrBJsBJsBJtBJnBJuBJnBJvBJwBJnBJxBJyBJzBJpBJsBJ0BJnBJ1BJnBJnBJ2BJ3BJ4\
BJnBJ5BJnBJ6BJnBJ7BJnBJ8BJ9BJ+BJ/BKABKBBJpBJsBKABKCBKDBKEBJyBJnBKFBJpBJnBKGBKHBJ3BKIBKJBKKBKLAAABKLBKLBKMBKNBKLBKOBKLBKL\
BJnBJnBJnBJnBJnBJnBJnBJnBJnBJnBKPBKBBJsBKQBKRBJpBJyBKSBJyBKTAAABKUBKUBKUBKUBKUBKUBKUBKUAAABKVBKVBKVBKVBKVBKVBKVBKVBKVBKV\
BKWBKWBKWBKWAAABKWAAAAAAAAAAAABKWBKWBKWBKWBKWAAAAAAAAAAAAAAABKWBKWBKWAAAAAABKWBKWBKWBKWBKWAAABKWAAABKWBKWBKWBKWAAAAAAAAA\
BKWBKWBKWBKWBKWBKWBKWBKWBKWBKWBKXBKXBKXBKXBKXBKXBKXBKXBKXBKXBKWBKWBKWBKWBKWBKWBKWBKWAAAAAABKWBKWAAABKWAAAAAABKWBKWBKWAAA\
BKWBKWBKYBKWBKYBKYAAAAAABKWAAABKWBKWAAAAAAAAAAAAAAAAAABKWAAABKWBKWAAAAAAAAAAAAAAAAAAAAAAAABKWBKWBKWBKWBKWBKWAAABKWAAAAAA\
BKWBKWBKWAAAAAABKWAAAAAAAAAAAABKWAAAAAAAAAAAABKWBKWAAAAAAAAABKWBKWBKWAAAAAAAAAAAAAAAAAAAAABKWBKWBKWBKWAAAAAAAAAAAAAAAAAA\
BKWAAABKWBKWAAAAAAAAAAAAAAAAAABKWBKWAAABKWBKWBKWBKWBKWBKWAAABKWBKWAAABKWAAABKWAAAAAAAAAAAAAAABKWAAAAAABKWBKWBKWBKWAAABKW\
BKWBKWBKWAAABKWAAABKWBKWBKWBKWBKWBKWAAAAAAAAABKWBKWAAAAAAAAABKWBKWBKWBKWBKWBKWBKWAAABKWBKWBKWBKWBKWBKWBKWBKWBKWAAAAAAAAA\
BKWBKWBKWBKWBKWBKWAAAAAAAAAAAABKWBKWBKWBKWBKWBKWBKWAAABKWAAABKWAAAAAABKWBKWBKWAAAAAAAAAAAABKWBKWAAABKWAAAAAAAAAAAAAAAAAA\
BKWBKWBKWBKWBKWBKWBKWBKWAAABKWAAABKWBKWBKWAAAAAAAAAAAAAAAAAABKWAAABKWBKWBKWBKWAAABKWAAABKZBKWBKWBKWBKWAAAAAAAAABKWAAAAAA\
BKWBKWBKWBKYBKYBKYBKYAAABKYAAABKWAAABKWAAABKWAAAAAABKWAAAAAABKWBKWBKWBKWAAABKWBKWAAAAAAAAABKaBKaBKaBKaBKaBKaBKaBKaBKaBKa\
BKbAAABKbBKbBKbBKbBKbBKbBKbBKbAAABKcBKcBKcBKcBKcBKcBKcBKcAAABKdBKdBKdBKdBKdBKdBKdBKdAAAAAABKeBKVBKVBKVBKVBKVBKVBKVBKVBKV\
BKWAAABKWBKWBKWBKWAAAAAAAAABKeBKWBKWBKWBKWBKeAAAAAAAAAAAAAAABKWBKWAAABKWAAABKWBKWBKWBKWAAAAAABKfBKfBKfBKfBKfAAAAAAAAABKf\
BKgBKgBKgBKgBKgBKgBKgBKgBKgBKgBKhBKhBKhBKhBKhBKhBKhBKhBKhBKhBKiBKiBKiBKiBKiBKiBKiBKiBKiBKiBKjBKjBKjBKjBKjBKjBKjBKjBKjBKj\
BKkBKkBKkBKkBKkBKkBKkBKkBKkBKkBKlBKlBKlBKlBKlBKlBKlBKlBKlBKlBKmBKmBKmBKmBKmBKmBKmBKmBKmBKmBKnBKnBKnBKnBKnBKnBKnBKnBKnBKn\
BKoBKoBKoBKoBKoBKoBKoBKoBKoBKoBKpBKpBKpBKpBKpBKpBKpBKpBKpBKpAAABKqBKqBKqBKqBKqBKqBKqBKqAAABKrBKrBKrBKrBKrBKrBKrBKrBKrBKr\
BKsBKsBKsBKsBKsBKsBKsBKsBKsBKsBKtBKtBKtBKtBKtBKtBKtBKtBKtBKtBKuBKuBKuBKuBKuBKuBKuBKuBKuBKuBKvBKvBKvBKvBKvBKvBKvBKvBKvBKv\
BKwBKwBKwBKwBKwBKwBKwBKwBKwBKwBKxBKxBKxBKxBKxBKxBKxBKxBKxBKxBKyBKyBKyBKyBKyBKyBKyBKyBKyBKyBKzBKzBKzBKzBKzBKzBKzBKzBKzBKz\
BK0BK0BK0BK0BK0BK0BK0BK0BK0BK0BK1BK1BK1BK1BK1BK1BK1BK1BK1BK1BK2BK2BK2BK2BK2BK2BK2BK2BK2BK2BK3BK3BK3BK3BK3BK3BK3BK3BK3BK3\
BK4BK4BK4BK4BK4BK4BK4BK4BK4BK4BK5BK5BK5BK5BK5BK5BK5BK5BK5BK5BK6BK6BK6BK6BK6BK6BK6BK6BK6BK6BK7BK7BK7BK7BK7BK7BK7BK7BK7BK7\
BK8BK8BK8BK8BK8BK8BK8BK8BK8BK8BK9BK9BK9BK9BK9BK9BK9BK9BK9BK9BK+BK+BK+BK+BK+BK+BK+BK+BK+BK+BK/BK/BK/BK/BK/BK/BK/BK/BK/BK/\
BLABLABLABLABLABLABLABLABLABLABLBBLBBLBBLBBLBBLBBLBBLBBLBBLBBLCBLCBLCBLCBLCBLCBLCBLCBLCBLCBLDBLDBLDBLDBLDBLDBLDBLDBLDBLD\
BLEBLEBLEBLEBLEBLEBLEBLEBLEBLEBLFBLFBLFBLFBLFBLFBLFBLFBLFBLFBLGBLGBLGBLGBLGBLGBLGBLGBLGBLGBLHBLHBLHBLHBLHBLHBLHBLHBLHBLH\
BLIBLIBLIBLIBLIBLIBLIBLIBLIBLIBLJBLJBLJBLJBLJBLJBLJBLJBLJBLJBLKBLKBLKBLKBLKBLKBLKBLKBLKBLKBLLBLLBLLBLLBLLBLLBLLBLLBLLBLL\
BLMBLMBLMBLMBLMBLMBLMBLMBLMBLMBLNBLNBLNBLNBLNBLNBLNBLNBLNBLNBLOBLOBLOBLOBLOBLOBLOBLOBLOBLOBLPBLPBLPBLPBLPBLPBLPBLPBLPBLP\
BLQBLQBLQBLQBLQBLQBLQBLQBLQBLQBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLRBLSBLSBLSBLSBLSBLSBLSBLSBLSBLS\
BLTBLTBLTBLTBLTBLTBLTBLTBLTBLTBLUBLUBLUBLUBLUBLUBLUBLUBLUBLUBLVBLVBLVBLVBLVBLVBLVBLVBLVBLVBLWBLWBLWBLWBLWBLWBLWBLWBLWBLW\
BLXBLXBLXBLXBLXBLXBLXBLXBLXBLXBLYBLYBLYBLYBLYBLYBLYBLYBLYBLYBLZBLZBLZBLZBLZBLZBLZBLZBLZBLZBLJBLJBLJBLJBLJBLJBLJBLJBLJBLJ\
BLaBLaBLaBLaBLaBLaBLaBLaBLaBLaBLbBLbBLbBLbBLbBLbBLbBLbBLbBLbBLcBLcBLcBLcBLcBLcBLcBLcBLcBLcBLdBLdBLdBLdBLdBLdBLdBLdBLdBLd\
BLeBLeBLeBLeBLeBLeBLeBLeBLeBLeBLfBLfBLfBLfBLfBLfBLfBLfBLfBLfBLgBLgBLgBLgBLgBLgBLgBLgBLgBLgBLhBLhBLhBLhBLhBLhBLhBLhBLhBLh\
BLiBLiBLiBLiBLiBLiBLiBLiBLiBLiBLjBLjBLjBLjBLjBLjBLjBLjBLjBLjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABLkBLkBLkBLkBLkBLkBLkBLkBLkBLkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABLeBLeBLeBLeBLeBLeBLeBLeBLeBLe\
BLlBLlBLlBLlBLlBLlBLlBLlBLlBLlBLmBLmBLmBLmBLmBLmBLmBLmBLmBLmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABLoAAABLpBLqBLrBLsBLtBLuBLvBLw\
AAAAAABLxBLxAAABLxBLxBLxBLxBLxAAABLyBLyBLyBLyAAAAAAAAAAAAAAAAAABLyBLyBLyAAABLyAAABLyBLyAAABLzBLzAAAAAAAAABL0BLzBLzBLzAAA\
AAABLyBLyBLyAAABLyBLyBLyAAAAAAAAABLyBLyBLyBLyAAABLyBLyBLyBLyBLyBLyBLyBLyBLyBLyBLyBLyBLyAAABL1BL2BL3AAAAAABL4AAAAAABL5AAA\
BLzBLzBLzBLzBLzBLzBLzBLzBLzBLzBL6BL6BL6BL6BL6BL6BL6BL6BL6BL6BL7BL7BL7BL7BL7BL7BL7BL7BL7BL7BL8BL8BL8BL8BL8BL8BL8BL8BL8BL8\
BL8BL8BL8BL9BL8BL8BL8BL8BL8BL8BL+BL+AAAAAAAAAAAAAAAAAAAAAAAABL/AAABMABMAAAABMBAAAAAAAAAAAABMCAAAAAAAAAAAAAAAAAAAAAAAABMC\
BMDBMDBMDBMDBMDBMDAAAAAAAAAAAABMEAAAAAAAAAAAAAAAAAAAAAAAAAAABMFBMFBMFBMFBMFBMFBMFBMFBMFBMFBMGBMGBMGBMGBMGBMGBMGBMGBMGBMG\
BMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHBMHAAABMHBMHBMHBMIBMIBMIBMIBMIBMIBMIBMIBMIBMIBMJBMKBMLBMLBMLBMLBMLBMLBMLAAA\
BMMBMMBMMBMMBMMBMMBMMBMMBMMBMMBMKBMKBMKBMKBMKBMKBMKBMKBMKBMKBMNBMNBMNBMNBMNBMNBMNBMNBMNBMNBMOBMOBMOBMOBMOBMOBMOBMOBMOBMO\
BMPBMPBMPBMPBMPBMPBMPBMPBMPBMPBMQBMQBMQBMQBMQBMQBMQBMQBMQBMQBMRBMRBMRBMRBMRBMRBMRBMRBMRBMRBMSBMSBMSBMSBMSBMSBMSBMSBMSBMS\
BMTBMTBMTBMTBMTBMTBMTBMTBMTBMTBMUBMUBMUBMUBMUBMUBMUBLxBLxBLxBLxBLxBLxBLxBLxBLxBLxBLxBLxBLxBMUBMUBMUBMUBMUBMUBMUBMUBMUBMU\
BMVBMVBMVBMVBMVBMVBMVBMVBMVBMVBMWBMWBMWBMWBMWBMWBMWBMWBMWBMWBMXBMXBMXBMXBMXBMXBMXBMXBMXBMXBMYBMYBMYBMYBMYBMYBMYBMYBMYBMY\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMZBMZBMZBMZBMZBMZBMZBMZBMZBMZBMaBMaBMaBMaBMaBMaBMaBMaBMaBMaBMbBMbBMbBMbBMbBMbBMbBMbBMbBMb\
BMcBMcBMcBMcBMcBMcBMcBMcBMcBMcBMdBMdBMdBMdBMdBMdBMdBMdBMdBMdBMeBMeBMeBMeBMeBMeBMeBMeBMeBMeBMfBMfBMfBMfBMfBMfBMfBMfBMfBMf\
BMgBMgBMgBMgBMgBMgBMgBMgBMgBMgBMhBMhBMhBMhBMhBMhBMhBMhBMhBMhBMiBMiBMiBMiBMiBMiBMiBMiBMiBMiBMjBMjBMjBMjBMjBMjBMjBMjBMjBMj\
BMkBMkBMkBMkBMkBMkBMkBMkBMkBMkBMlBMlBMlBMlBMlBMlBMlBMlBMlBMlBMmBMmBMmBMmBMmBMmBMmBMmBMmBMmBMnBMnBMnBMnBMnBMnBMnBMnBMnBMn\
BMoBMoBMoBMoBMoBMoBMoBMoBMoBMoBMpBMpBMpBMpBMpBMpBMpBMpBMpBMpBMqBMqBMqBMqBMqBMqBMqBMqBMqBMqBMrBMrBMrBMrBMrBMrBMrBMrBMrBMr\
BMsBMsBMsBMsBMsBMsBMsBMsBMsBMsBMtBMtBMtBMtBMtBMtBMtBMtBMtBMtBMuBMuBMuBMuBMuBMuBMuBMuBMuBMuBMvBMvBMvBMvBMvBMvBMvBMvBMvBMv\
BMwBMwBMwBMwBMwBMwBMwBMwBMwBMwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMyAAABMyBMyBMyBMyBMyBMzBMyBMyBM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0BM0AAA\
BM1BM1BM1BM1BM1BM1BM1BM1BM1BM1BM2BM2BM2BM2BM2BM2BM2BM2BM2BM2BM3BM3BM3BM3BM3BM3BM3BM3BM3BM3BM4BM4BM4BM4BM4BM4BM4BM4BM4BM4\
BM5BM5BM5BM5BM5BM5BM5BM5BM5BM5BM6BM6BM6BM6BM6BM6BM6BM6BM6BM6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABM8AAAAAAAAABM9AAAAAABM+BM/BNA\
AAAAAABNBBNBAAABNBBNBBNBBNBBNBBNCBNCAAAAAAAAABNDBNCBNCBNCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABNEBNFBNGBNHAAAAAABNIAAAAAABNJAAA\
BNCBNCBNCBNCBNCBNCBNCBNCBNCBNCBNKBNKBNKBNKBNKBNKBNKBNKBNKBNKBNLBNLBNLBNLBNLBNLBNLBNLBNLBNLBNLBNLBNLBNMBNLBNLBNLBNLBNLBNL\
BNNBNNBNNBNNBNNBNNBNNBNNBNNBNNBNOBNOAAAAAAAAAAAAAAAAAAAAAAAABNPAAABNQBNQAAABNRAAAAAAAAAAAABNSAAAAAAAAAAAAAAAAAAAAAAAABNS\
BNTBNTBNTBNTBNTBNTAAAAAAAAAAAABNUAAAAAAAAAAAAAAAAAAAAAAAAAAABNVBNVBNVBNVBNVBNVBNVBNVBNVBNVBNWBNWBNWBNWBNWBNWBNWBNWBNWBNW\
BNWBNWBNWBNWBNWBNWAAABNWBNWBNWBNXBNXBNXBNXBNXBNXBNXBNXBNXBNXBNYBNYBNYBNYBNYBNYBNYBNYBNYBNYBNZBNaBNbBNbBNbBNbBNbBNbBNbAAA\
BNcBNcBNcBNcBNcBNcBNcBNcBNcBNcBNaBNaBNaBNaBNaBNaBNaBNaBNaBNaBNdBNdBNdBNdBNdBNdBNdBNdBNdBNdBNeBNeBNeBNeBNeBNeBNeBNeBNeBNe\
BNfBNfBNfBNfBNfBNfBNfBNfBNfBNfBNgBNgBNgBNgBNgBNgBNgBNgBNgBNgBNhBNhBNhBNhBNhBNhBNhBNhBNhBNhBNiBNiBNiBNiBNiBNiBNiBNiBNiBNi\
BNjBNjBNjBNjBNjBNjBNjBNjBNjBNjBNkBNkBNkBNkBNkBNkBNkBNBBNBBNBBNBBNBBNBBNBBNBBNBBNBBNBBNBBNBBNkBNkBNkBNkBNkBNkBNkBNkBNkBNk\
BNlBNlBNlBNlBNlBNlBNlBNlBNlBNlBNmBNmBNmBNmBNmBNmBNmBNmBNmBNmBNnBNnBNnBNnBNnBNnBNnBNnBNnBNnBNoBNoBNoBNoBNoBNoBNoBNoBNoBNo\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABNpBNpBNpBNpBNpBNpBNpBNpBNpBNpBNqBNqBNqBNqBNqBNqBNqBNqBNqBNqBNrBNrBNrBNrBNrBNrBNrBNrBNrBNr\
BNsBNsBNsBNsBNsBNsBNsBNsBNsBNsBNtBNtBNtBNtBNtBNtBNtBNtBNtBNtBNuBNuBNuBNuBNuBNuBNuBNuBNuBNuBNvBNvBNvBNvBNvBNvBNvBNvBNvBNv\
BNwBNwBNwBNwBNwBNwBNwBNwBNwBNwBNxBNxBNxBNxBNxBNxBNxBNxBNxBNxBNyBNyBNyBNyBNyBNyBNyBNyBNyBNyBNzBNzBNzBNzBNzBNzBNzBNzBNzBNz\
BN0BN0BN0BN0BN0BN0BN0BN0BN0BN0BN1BN1BN1BN1BN1BN1BN1BN1BN1BN1BN2BN2BN2BN2BN2BN2BN2BN2BN2BN2BN3BN3BN3BN3BN3BN3BN3BN3BN3BN3\
BN4BN4BN4BN4BN4BN4BN4BN4BN4BN4BN5BN5BN5BN5BN5BN5BN5BN5BN5BN5BN6BN6BN6BN6BN6BN6BN6BN6BN6BN6BN7BN7BN7BN7BN7BN7BN7BN7BN7BN7\
BN8BN8BN8BN8BN8BN8BN8BN8BN8BN8BN9BN9BN9BN9BN9BN9BN9BN9BN9BN9BN+BN+BN+BN+BN+BN+BN+BN+BN+BN+BN/BN/BN/BN/BN/BN/BN/BN/BN/BN/\
BOABOABOABOABOABOABOABOABOABOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABOCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABODBOEBOEBOEBOEBOEBOEBOEBOEBOEBOE\
BOFBOFBOFBOFBOFBOFBOFBOFBOFBOFBOGBOGBOGBOGBOGBOGBOGBOGBOGBOGBOHBOHBOHBOHBOHBOHBOHBOHBOHBOHBOIBOIBOIBOIBOIBOIBOIBOIBOIBOI\
BOJBOJBOJBOJBOJBOJBOJBOJBOJBOJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABOLBOMBONBOOBOPBOQBORBOSBOTAAAAAABOUBOUBOUBOUBOUBOUBOUAAA\
AAABOVBOUBOUBOUBOUBOUAAAAAABOUBOWAAABOUBOUBOUAAAAAAAAAAAABOXAAABOUBOUBOUBOUBOYBOUBOZBOUAAABOYBOYBOUBOYBOUBOUBOUBOYBOUBOU\
BOYBOUBOUBOUBOaBOUBOYBOUBOUBOYBObBOUBOYBOYBOUBOUBOUBOUBOYBOYBOcBOUBOUBOUBOUBOUBOUBOUBOYBOUAAABOUAAAAAABOUBOUAAAAAAAAAAAA\
BOdBOeBOdBOdBOdBOdBOdBOdBOdBOdAAABOfBOgBOhAAAAAAAAAAAAAAAAAABOiBOiBOiBOiBOiBOiBOiBOiBOiBOiBOjBOjBOjBOjBOjBOjBOjBOjBOjBOj\
BOgBOgBOgBOgBOgBOgBOgBOgBOgBOgBOdBOdBOdBOdBOdBOdBOdBOdBOdBOdBOkBOkBOkBOkBOkBOkBOkBOkBOkBOkBOlBOlAAABOlBOlAAABOlBOlBOlAAA\
BOmBOnAAAAAABOoAAAAAAAAAAAAAAABOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOWBOpBOqBOqAAABOqBOqBOqAAAAAAAAAAAA\
BOqBOqBOqBOqBOqBOqBOqBOqBOqBOqAAABOqBOqBOqBOqBOqBOqBOqBOqBOqBOrBOrBOrBOrBOrBOrBOrBOrBOrBOrBOsBOsBOsBOsBOsBOsBOsBOsBOsBOs\
BOtBOtBOtBOtBOtBOtBOtBOtBOtBOtBOuBOuBOuBOuBOuBOuBOuBOuBOuBOuBOvBOvBOvBOvBOvBOvBOvBOvBOvBOvBOwBOwBOwBOwBOwBOwBOwBOwBOwBOw\
BOxBOxBOxBOxBOxBOxBOxBOxBOxBOxBOyBOyBOyBOyBOyBOyBOyBOyBOyBOyBOzBOzBOzBOzBOzBOzBOzBOzBOzBOzBO0BO0BO0BO0BO0BO0BO0BO0BO0BO0\
BO1BO1BO1BO1BO1BO1BO1BO1BO1BO1BO2BO2BO2BO2BO2BO2BO2BO2BO2BO2BO3BO3BO3BO3BO3BO3BO3BO3BO3BO3BO4BO4BO4BO4BO4BO4BO4BO4BO4BO4\
BO5BO5BO5BO5BO5BO5BO5BO5BO5BO5BO6BO6BO6BO6BO6BO6BO6BO6BO6BO6BO7BO7BO7BO7BO7BO7BO7BO7BO7BO7BO8BO8BO8BO8BO8BO8BO8BO8BO8BO8\
BO9BO9BO9BO9BO9BO9BO9BO9BO9BO9BO+BO+BO+BO+BO+BO+BO+BO+BO+BO+BO/BO/BO/BO/BO/BO/BO/BO/BO/BO/BPABPABPABPABPABPABPABPABPABPA\
BPBBPBBPBBPBBPBBPBBPBBPBBPBBPBBPCBPCBPCBPCBPCBPCBPCBPCBPCBPCBPDBPDBPDBPDBPDBPDBPDBPDBPDBPDBPEBPEBPEBPEBPEBPEBPEBPEBPEBPE\
BPFBPFBPFBPFBPFBPFBPFBPFBPFBPFBPGBPGBPGBPGBPGBPGBPGBPGBPGBPGBPHBPHBPHBPHBPHBPHBPHBPHBPHBPHBPIBPIBPIBPIBPIBPIBPIBPIBPIBPI\
BPJBPJBPJBPJBPJBPJBPJBPJBPJBPJBPKBPKBPKBPKBPKBPKBPKBPKBPKBPKBPLBPLBPLBPLBPLBPLBPLBPLBPLBPLBPMBPMBPMBPMBPMBPMBPMBPMBPMBPM\
BO9BO9BO9BO9BO9BO9BO9BO9BO9BO9BPNBPNBPNBPNBPNBPNBPNBPNBPNBPNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABPOBPOBPOBPOBPOBPOBPOBPOBPOBPO\
BPPBPPBPPBPPBPPBPPBPPBPPBPPBPPBPQBPQBPQBPQBPQBPQBPQBPQBPQBPQBPRBPRBPRBPRBPRBPRBPRBPRBPRBPRBPSBPSBPSBPSBPSBPSBPSBPSBPSBPS\
BPTBPTBPTBPTBPTBPTBPTBPTBPTBPTBPUBPUBPUBPUBPUBPUBPUBPUBPUBPUBPVBPVBPVBPVBPVBPVBPVBPVBPVBPVBPWBPWBPWBPWBPWBPWBPWBPWBPWBPW\
BPXBPXBPXBPXBPXBPXBPXBPXBPXBPXBPYBPYBPYBPYBPYBPYBPYBPYBPYBPYBPZBPZBPZBPZBPZBPZBPZBPZBPZBPZBPaBPaBPaBPaBPaBPaBPaBPaBPaBPa\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BPbBPbBPbBPbBPbBPbBPbBPbBPbBPbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAABPdBPeBPfBPgBPhBPiBPjBPkBPlAAAAAAAAABPmAAABPnBPoBPpBPqAAABPrBPsBPsBPsBPtBPsBPsBPuBPvBPsBPwAAABPxBPsBPyBPsBPsBPuBPzBPs\
BPwBP0BPsBPsBPsBP1BPtBPyBPsBP2BP3BPsBPsBPtBPsBPsBPsBPvBPtBPvBP0BPsBPsBPsBPtBPsBP4BPtBPsBPwBP5BP4BPvBPsBPtBPtBPtBPvBP6BP7\
BP8BPyBPsBP9BP1BP+BPzBPtBP/BPwBQABPsBPsBPsBPsBPvBPtBQBBPvBPvAAAAAAAAAAAAAAAAAAAAABQCBQDAAABQEBQFBQGBQHBQIBQEBQEBQJBQEBQK\
BQLAAABQMBQNBQOAAAAAAAAABQPBQPBQLBQLBQMBQMBQMBQLBQQBQNBQNBQQBQRBQSBQTBQTBQTBQTBQTBQTBQTBQTAAABQUBQUBQUBQUBQUBQUAAABQUBQU\
BQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUAAAAAABQUBQUBQUBQUBQUBQUBQUAAAAAABQUBQUBQUBQUBQUBQUBQUBQUAAAAAA\
BQVBQVBQVBQVBQVBQVBQVBQVBQVBQVBQWBQWBQXBQWBQWBQWBQWBQWBQWBQWBQUBQUBQUBQUBQUBQUBQUBQUAAABQUAAABQUBQUBQUBQUBQUBQUBQUBQUAAA\
BQUAAABQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUAAAAAAAAABQYBQZBQaBQbBQcBQZBQdBQeAAAAAAAAAAAABQUBQUBQUBQUBQUBQUBQUAAA\
AAABQUBQUBQUBQUBQUBQUBQUBQUBQUBQfAAABQUBQUBQUBQUBQUBQUBQUAAABQUBQUBQUBQUBQUBQUAAAAAAAAAAAABQUBQUAAABQUBQUBQUBQUBQUAAAAAA\
BQgAAABQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUBQUAAABQUBQUBQUBQUBQUBQUAAABQUBQUBQUBQUBQUBQUBQUBQUBQUBQUAAABQUBQUBQUAAAAAAAAA\
BQhAAAAAAAAAAAAAAABQUBQUBQUBQUBQUBQUBQUBQUBQUAAABQUBQUAAAAAAAAABQiBQiBQiBQiBQiBQiBQjBQjBQjBQkBQkBQkBQkBQkBQkBQkBQkBQkBQk\
BQlBQmBQmBQmBQmBQmBQmBQmBQmBQmBQmBQnBQmBQmBQmBQmBQmBQmBQmBQmBQoBQoBQoBQoBQoBQoBQoBQoBQoBQoBQpBQqAAABQrAAAAAAAAAAAAAAAAAA\
BQpBQqAAAAAAAAAAAAAAAAAAAAAAAABQsBQsBQsBQsBQsBQsBQsBQsBQsBQsBQtBQtBQtBQtBQtBQtBQtBQtBQtBQtBQuBQvBQuBQuBQuBQuBQuBQuBQuBQu\
BQuBQuBQuBQuBQuBQwBQuBQuBQuBQuBQuBQuBQuBQuBQuBQuBQuBQuBQuBQxBQyBQyBQyBQyBQyBQyBQyBQyBQyBQyBQzBQzBQzBQzBQzBQzBQzBQzBQzBQz\
BQuBQuBQuBQvBQuBQuBQuBQuBQuBQuBQ0BQ0BQ0BQ0BQ0BQ0BQ0BQ0BQ0BQ0BQ1BQ1BQ1BQ1BQ1BQ1BQ1BQ1BQ1BQ1BQ2BQ2BQ2BQ2BQ2BQ2BQ2BQ2BQ2BQ2\
BQ3BQ3BQ3BQ3BQ3BQ3BQ3BQ3BQ3BQ3BQ4BQ4BQ4BQ4BQ4BQ4BQ4BQ4BQ4BQ4BQ5BQ5BQ5BQ5BQ5BQ5BQ5BQ5BQ5BQ5BQ6BQ6BQ6BQ6BQ6BQ6BQ6BQ6BQ6BQ6\
BQ7BQ7BQ7BQ7BQ7BQ7BQ7BQ7BQ7BQ7BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ7BQ8BQ7BQ8BQ7BQ7BQ7BQ7BQ7BQ7BQ9BQ8BQ7BQ7BQ7BQ7BQ7BQ+BQ7BQ7\
BQ9BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ+BQ+BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ8BQ9BQ+BQ7BQ7BQ7BQ7BQ7BQ7BQ7BQ+BQ+BQ/BQ/BQ/BQ/BQ/BQ/BQ/BQ/BQ/BQ/\
BRABRABRABRABRABRABRABRABRABRAAAABQjAAABQjAAABQjAAAAAAAAABRBBRCBRCBRCBRCBRCBRCBRCBRCBRCBRCBRDBRDBRDBRDBRDBRDBRDBRDBRDBRD\
BREBREBREBREBREBREBREBREBREBREBRFBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRGBRFBRGBRGBRGBRGBRGBRG\
BRGBRGBRGBRGBRGBRHBRGBRGBRGBRGBRIAAAAAAAAAAAAAAAAAAAAAAAAAAABRGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABRGAAAAAAAAAAAAAAAAAA\
BRGBRGBRGBRGBRGBRGBRGBRGBRGBRJBRGBRGBRGBRKBRGBRGBRGBRGBRGBRGBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRMBRLBRLBRLBRLBRLBRL\
BRLBRLBRLBRLBRLBRMBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRLBRMBRNBRNBRNBRNBRNBRNBRNBRNBRNBRNBQyBQyBQyBQyBQyBQyBQyBQyBQyBQy\
BROBROBROBROBROBROBROBROBROBROBRPBRPBRPBRPBRPBRPBRPBRPBRPBRPBRQBRQBRQBRQBRQBRQBRQBRQBRQBRQBRRBRRBRRBRRBRRBRRBRRBRRBRRBRR\
BRSBRSBRSBRSBRSBRSBRSBRSBRSBRSBRTBRTBRTBRTBRTBRTBRTBRTBRTBRTBRUBRUBRUBRUBRUBRUBRUBRUBRUBRUBRVBRVBRVBRVBRVBRVBRVBRVBRVBRV\
BRWBRWBRWBRWBRWBRWBRWBRWBRWBRWBRXBRXBRXBRXBRXBRXBRXBRXBRXBRXBRYBRYBRYBRYBRYBRYBRYBRYBRYBRYBRZBRZBRZBRZBRZBRZBRZBRZBRZBRZ\
BRaBRaBRaBRaBRaBRaBRaBRaBRaBRaBQjBQjBQjBQjBQjBQjBQjBQjBQjBQjBQDBQDBQDBQDBQDBQDBQDBQDBQDBQDBRbBRbBRbBRbBRbBRbBRbBRbBRbBRb\
BRcBRcBRcBRcBRcBRcBRcBRcBRcBRcBRdBRdBRdBRdBRdBRdBRdBRdBRdBRdBReBReBReBReBReBReBReBReBReBReBReBReBReBReBReBRdBReBReBReBRe\
BRfBRfBRfBRfBRfBRfBRfBRfBRfBRfBReBReBReBReBReBReBReBReBReBRdBReBReBReBRdBReBReBReBReBReBReBRgBRgBRgBRgBRgBRgBRgBRgBRgBRg\
BRhBRhBRhBRhBRhBRhBRhBRhBRhBRhBRiBRiBRiBRiBRiBRiBRiBRiBRiBRiBRjBRjBRjBRjBRjBRjBRjBRjBRjBRjBRkBRkBRkBRkBRkBRkBRkBRkBRkBRk\
BRlBRlBRlBRlBRlBRlBRlBRlBRlBRlBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRmBRnBRnBRnBRnBRnBRnBRnBRnBRnBRn\
BRoBRoBRoBRoBRoBRoBRoBRoBRoBRoBRpBRpBRpBRpBRpBRpBRpBRpBRpBRpBRqBRqBRqBRqBRqBRqBRqBRqBRqBRqBRrBRrBRrBRrBRrBRrBRrBRrBRrBRr\
BRsBRsBRsBRsBRsBRsBRsBRsBRsBRsBRtBRtBRtBRtBRtBRtBRtBRtBRtBRtBRuBRuBRuBRuBRuBRuBRuBRuBRuBRuBRvBRvBRvBRvBRvBRvBRvBRvBRvBRv\
BRwBRwBRwBRwBRwBRwBRwBRwBRwBRwBRxBRxBRxBRxBRxBRxBRxBRxBRxBRxBRyBRyBRyBRyBRyBRyBRyBRyBRyBRyBRzBRzBRzBRzBRzBRzBRzBRzBRzBRz\
BR0BR0BR0BR0BR0BR0BR0BR0BR0BR0BR1BR1BR1BR1BR1BR1BR1BR1BR1BR1BR2BR2BR2BR2BR2BR2BR2BR2BR2BR2BR3BR3BR3BR3BR3BR3BR3BR3BR3BR3\
BR4BR4BR4BR4BR4BR4BR4BR4BR4BR4BR5BR5BR5BR5BR5BR5BR5BR5BR5BR5BR6BR6BR6BR6BR6BR6BR6BR6BR6BR6BR7BR7BR7BR7BR7BR7BR7BR7BR7BR7\
BR8BR8BR8BR8BR8BR8BR8BR8BR8BR8BR9BR9BR9BR9BR9BR9BR9BR9BR9BR9BRpBRpBRpBRpBRpBRpBRpBRpBRpBRpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BRrBRrBRrBRrBRrBRrBRrBRrBRrBRrBR+BR+BR+BR+BR+BR+BR+BR+BR+BR+BR/BR/BR/BR/BR/BR/BR/BR/BR/BR/BSABSABSABSABSABSABSABSABSABSA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSBBSBBSBBSBBSBBSBBSBBSBBSBBSBBSCBSCBSCBSCBSCBSCBSCBSCBSCBSCBSDBSDBSDBSDBSDBSDBSDBSDBSDBSD\
BSEBSEBSEBSEBSEBSEBSEBSEBSEBSEBSFBSFBSFBSFBSFBSFBSFBSFBSFBSFBSGBSGBSGBSGBSGBSGBSGBSGBSGBSGBSHBSHBSHBSHBSHBSHBSHBSHBSHBSH\
BSIBSIBSIBSIBSIBSIBSIBSIBSIBSIBSJBSJBSJBSJBSJBSJBSJBSJBSJBSJBRqBRqBRqBRqBRqBRqBRqBRqBRqBRqBSKBSKBSKBSKBSKBSKBSKBSKBSKBSK\
BSLBSLBSLBSLBSLBSLBSLBSLBSLBSLBSMBSMBSMBSMBSMBSMBSMBSMBSMBSMBSNBSNBSNBSNBSNBSNBSNBSNBSNBSNBSOBSOBSOBSOBSOBSOBSOBSOBSOBSO\
BSPBSPBSPBSPBSPBSPBSPBSPBSPBSPBSQBSQBSQBSQBSQBSQBSQBSQBSQBSQBSRBSRBSRBSRBSRBSRBSRBSRBSRBSRBSSBSSBSSBSSBSSBSSBSSBSSBSSBSS\
BSTBSTBSTBSTBSTBSTBSTBSTBSTBSTBSUBSUBSUBSUBSUBSUBSUBSUBSUBSUBSVBSVBSVBSVBSVBSVBSVBSVBSVBSVBSWBSWBSWBSWBSWBSWBSWBSWBSWBSW\
BSXBSXBSXBSXBSXBSXBSXBSXBSXBSXBSYBSYBSYBSYBSYBSYBSYBSYBSYBSYBSZBSZBSZBSZBSZBSZBSZBSZBSZBSZBSaBSaBSaBSaBSaBSaBSaBSaBSaBSa\
BSbBSbBSbBSbBSbBSbBSbBSbBSbBSbBScBScBScBScBScBScBScBScBScBScBSdBSdBSdBSdBSdBSdBSdBSdBSdBSdBSeBSeBSeBSeBSeBSeBSeBSeBSeBSe\
BSfBSfBSfBSfBSfBSfBSfBSfBSfBSfBSgBSgBSgBSgBSgBSgBSgBSgBSgBSgBShBShBShBShBShBShBShBShBShBShBSiBSiBSiBSiBSiBSiBSiBSiBSiBSi\
BSjBSjBSjBSjBSjBSjBSjBSjBSjBSjBSkBSkBSkBSkBSkBSkBSkBSkBSkBSkBSlBSlBSlBSlBSlBSlBSlBSlBSlBSlBSmBSmBSmBSmBSmBSmBSmBSmBSmBSm\
BSnBSnBSnBSnBSnBSnBSnBSnBSnBSnBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSoBSpBSpBSpBSpBSpBSpBSpBSpBSpBSp\
BSqBSqBSqBSqBSqBSqBSqBSqBSqBSqBSrBSrBSrBSrBSrBSrBSrBSrBSrBSrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABSsBSsBSsBSsBSsBSsBSsBSsBSsBSs\
BStBStBStBStBStBStBStBStBStBStBSuBSuBSuBSuBSuBSuBSuBSuBSuBSuBStBStBStBStBStBStBStBStBStBStBSvBSvBSvBSvBSvBSvBSvBSvBSvBSv\
BSwBSwBSwBSwBSwBSwBSwBSwBSwBSwBSxBSxBSxBSxBSxBSxBSxBSxBSxBSxBSyBSyBSyBSyBSyBSyBSyBSyBSyBSyBSzBSzBSzBSzBSzBSzBSzBSzBSzBSz\
BSpBSpBSpBSpBSpBSpBSpBSpBSpBSpBRsBRsBRsBRsBRsBRsBRsBRsBRsBRsBS0BS0BS0BS0BS0BS0BS0BS0BS0BS0BS1BS1BS1BS1BS1BS1BS1BS1BS1BS1\
BS2BS2BS2BS2BS2BS2BS2BS2BS2BS2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABS2BS2BS2BS2BS2BS2BS2BS2BS2BS2BS3BS3BS3BS3BS3BS3BS3BS3BS3BS3\
BS4BS4BS4BS4BS4BS4BS4BS4BS4BS4BS5BS5BS5BS5BS5BS5BS5BS5BS5BS5BS6BS6BS6BS6BS6BS6BS6BS6BS6BS6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABS7BS7BS7BS7BS7BS7BS7BS7BS7BS7BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8BS8\
BS9BS9BS9BS9BS9BS9BS9BS9BS9BS9BS+BS+BS+BS+BS+BS+BS+BS+BS+BS+BS/BS/BS/BS/BS/BS/BS/BS/BS/BS/BTABTABTABTABTABTABTABTABTABTA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABRwBRwBRwBRwBRwBRwBRwBRwBRwBRwBSzBSzBSzBSzBSzBSzBSzBSzBSzBSz\
BTBBTBBTBBTBBTBBTBBTBBTBBTBBTBBTCBTCBTCBTCBTCBTCBTCBTCBTCBTCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABTEAAAAAABTFBTGBTHBTIBTJBTK\
BTLBTLBTLBTLBTLBTLBTLBTLBTLBTMAAABTLBTLBTNBTNAAAAAAAAAAAAAAAAAABTNBTLBTLBTNAAABTLAAAAAAAAAAAABTLBTLBTLBTLBTLBTLBTLBTOAAA\
AAABTPBTLBTNBTLBTQBTLAAAAAAAAABTRBTSBTLBTLBTLAAABTTBTUAAAAAABTVBTVBTVBTVBTVBTVBTVBTVBTVBTVBTWBTWBTWBTWBTWBTWBTWBTWBTWBTW\
BTWAAABTWBTWBTWBTWBTWAAABTWAAABTWBTWBTWBTWBTWBTWBTWBTWBTWAAAAAAAAAAAAAAAAAAAAAAAABTWAAAAAAAAAAAAAAAAAAAAAAAAAAABTXAAAAAA\
AAAAAAAAAAAAAAABTWAAAAAAAAAAAABTYBTZBTaAAABTaBTbAAAAAAAAAAAABTcAAAAAAAAAAAAAAAAAAAAAAAAAAABTdBTeBTfAAAAAAAAAAAAAAAAAAAAA\
BTgAAAAAAAAAAAABThBThAAAAAAAAABTiBTiBTiBTiBTiBTiBTiBTiBTiBTiBTjBTjBTjBTjBTjBTjBTjBTjBTjBTjAAAAAAAAABTjAAAAAAAAAAAAAAAAAA\
BTkBTkBTkBTkBTkBTkBTkBTkBTkBTkBTlBTlBTlBTlBTlBTlBTlBTlBTlBTlBTmBTmBTmBTmBTmBTmBTmBTmBTmBTmBTnBTnBTnBTnBTnBTnBTnBTnBTnBTn\
BTjAAAAAAAAAAAABTjBTjAAABTjBTjBTjAAAAAAAAAAAAAAABTjBTjBTjBTjAAAAAAAAAAAAAAAAAABTjBTjBTjBTjAAAAAAAAAAAAAAAAAAAAAAAAAAABTj\
BTjAAAAAAAAAAAABTjBTjAAAAAABTjBTjAAAAAAAAAAAAAAAAAAAAAAAAAAABToBToBToBToBToBToBToBToBToBToBTpBTpBTpBTpBTpBTpBTpBTpBTpBTp\
BTqBTqBTqBTqBTqBTqBTqBTqBTqBTqBTrBTrBTrBTrBTrBTrBTrBTrBTrBTrBTsBTsBTsBTsBTsBTsBTsBTsBTsBTsBTtBTtBTtBTtBTtBTtBTtBTtBTtBTt\
BTuBTuBTuBTuBTuBTuBTuBTuBTuBTuBTvBTvBTvBTvBTvBTvBTvBTvBTvBTvBTwBTwBTwBTwBTwBTwBTwBTwBTwBTwBTxBTxBTxBTxBTxBTxBTxBTxBTxBTx\
BTyBTyBTyBTyBTyBTyBTyBTyBTyBTyBTzBTzBTzBTzBTzBTzBTzBTzBTzBTzBT0BT0BT0BT0BT0BT0BT0BT0BT0BT0BT1BT1BT1BT1BT1BT1BT1BT1BT1BT1\
BT2BT2BT2BT2BT2BT2BT2BT2BT2BT2BT3BT3BT3BT3BT3BT3BT3BT3BT3BT3BT4BT4BT4BT4BT4BT4BT4BT4BT4BT4BT5BT5BT5BT5BT5BT5BT5BT5BT5BT5\
BT6BT6BT6BT6BT6BT6BT6BT6BT6BT6BT7BT7BT7BT7BT7BT7BT7BT7BT7BT7BT8BT8BT8BT8BT8BT8BT8BT8BT8BT8BT9BT9BT9BT9BT9BT9BT9BT9BT9BT9\
BT+BT+BT+BT+BT+BT+BT+BT+BT+BT+BT/BT/BT/BT/BT/BT/BT/BT/BT/BT/BUABUABUABUABUABUABUABUABUABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BUBBUBBUBBUBBUBBUBBUBBUBBUBBUBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUDBUEBUFBUGBUHBUIBUJBUKBULAAABUMBUNBUOAAAAAABUPBUQBUR\
BUSBUTBUUBUMBUUBUUAAABUVBUUBUWAAABUXBUUBUVBUMBUMBUUBUUBUYBUZBUaAAAAAAAAAAAABUMBUMAAABUbBUTAAABUcBUUBUUBUUBUdBUeBUfBUgBUh\
AAABUUBUMBUUBUUBUOBUUBUMBUiBUjBUkBUMBUlBUmBUnAAABUoBUpBUqBUrBUsBUtBUuBUvAAABUwBUMBUxBUVBUMBUyBUyAAAAAAAAAAAAAAAAAAAAAAAA\
BUzBUzBUzBUzBUzBUzBUzBUzBUzBUzAAABUzBUzBUzAAABUzBUzBUzBUzAAAAAABUzAAABUzBUzBUzBUzBUzBUzBUzAAABUzBUzBUzBUzBUzBUzAAABUzBUz\
AAABUzBUzBUzBUzBUzAAABUzBUzAAAAAAAAAAAAAAABUzAAABUzBUzAAAAAABU0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUzBUzBUzBUzBUzBUzBUzAAABUz\
AAABUzBUzBUzBUzBUzBUzBUzBUzBUzAAABUzBUzBUzBUzBUzBUzBUzBUzAAAAAABUzBUzBUzBUzBUzAAAAAAAAAAAAAAABUzBUzBUzBUzBUzAAABUzBUzBUz\
AAABUzBUzBUzAAABUzBUzBUzBUzBUzAAAAAABUzBUzBUzBUzBUzAAABUzBUzBU1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUzAAA\
AAAAAABUzBUzBUzBUzBUzAAABUzAAAAAABUzBUzBUzAAAAAABUzBUzBUzBUzBUzBUzBUzBUzBUzBUzAAABUzBUzBUzAAABUzBUzBUzBUzBUzBUzBUzAAAAAA\
AAAAAAAAAAAAAAAAAABUzBUzAAAAAAAAAAAAAAAAAABUzBUzBUzBUzBUzAAAAAABUzBUzBUzBUzBUzBUzAAAAAABUzAAABUzAAAAAAAAAAAAAAABUzAAAAAA\
BU2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUzAAABUzBUzBUzBUzAAABUzBUzAAABUzBUzBUzBUzBUzBUzAAAAAAAAAAAABUzBUzAAABUzBUzBUzAAAAAAAAA\
AAABUzBUzAAABUzAAABUzBUzBUzBUzBUzBUzBUzBUzAAAAAAAAABUzBUzAAAAAAAAAAAAAAAAAAAAAAAAAAABU2AAAAAABUzBUzAAABUzAAAAAABUzAAABUz\
BU3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUzBUzAAABUzBUzBUzBUzAAABUzBUzBUzBUzAAAAAAAAAAAAAAAAAAAAABUzBUzBUzAAABUzBUzBUzAAA\
AAABUzAAABUzBUzAAAAAAAAABUzAAAAAABUzBUzAAAAAAAAAAAAAAAAAAAAABU4BU4BU4BU4BU4BU4BU4BU4BU4BU4BU5BU5BU5BU5BU5BU5BU5BU5BU5BU5\
BU6BU6BU6BU6BU6BU6BU6BU6BU6BU6BU7BU7BU7BU7BU7BU7BU7BU7BU7BU7BU8BU8BU8BU8BU8BU8BU8BU8BU8BU8BU9BU9BU9BU9BU9BU9BU9BU9BU9BU9\
BU+BU+BU+BU+BU+BU+BU+BU+BU+BU+BU/BU/BU/BU/BU/BU/BU/BU/BU/BU/BVABVABVABVABVABVABVABVABVABVABVBBVBBVBBVBBVBBVBBVBBVBBVBBVB\
BVCBVCBVCBVCBVCBVCBVCBVCBVCBVCBVDBVDBVDBVDBVDBVDBVDBVDBVDBVDBVEBVEBVEBVEBVEBVEBVEBVEBVEBVEBVFBVFBVFBVFBVFBVFBVFBVFBVFBVF\
BVGBVGBVGBVGBVGBVGBVGBVGBVGBVGBVHBVHBVHBVHBVHBVHBVHBVHBVHBVHBVIBVIBVIBVIBVIBVIBVIBVIBVIBVIBVJBVJBVJBVJBVJBVJBVJBVJBVJBVJ\
BVKBVKBVKBVKBVKBVKBVKBVKBVKBVKBVLBVLBVLBVLBVLBVLBVLBVLBVLBVLBVMBVMBVMBVMBVMBVMBVMBVMBVMBVMBVNBVNBVNBVNBVNBVNBVNBVNBVNBVN\
BVOBVOBVOBVOBVOBVOBVOBVOBVOBVOBVPBVPBVPBVPBVPBVPBVPBVPBVPBVPBVQBVQBVQBVQBVQBVQBVQBVQBVQBVQBVRBVRBVRBVRBVRBVRBVRBVRBVRBVR\
BVSBVSBVSBVSBVSBVSBVSBVSBVSBVSBVTBVTBVTBVTBVTBVTBVTBVTBVTBVTBVUBVUBVUBVUBVUBVUBVUBVUBVUBVUBVVBVVBVVBVVBVVBVVBVVBVVBVVBVV\
BVWBVWBVWBVWBVWBVWBVWBVWBVWBVWBVXBVXBVXBVXBVXBVXBVXBVXBVXBVXBVYBVYBVYBVYBVYBVYBVYBVYBVYBVYBVZBVZBVZBVZBVZBVZBVZBVZBVZBVZ\
BVaBVaBVaBVaBVaBVaBVaBVaBVaBVaBVbBVbBVbBVbBVbBVbBVbBVbBVbBVbBVcBVcBVcBVcBVcBVcBVcBVcBVcBVcBVdBVdBVdBVdBVdBVdBVdBVdBVdBVd\
BVeBVeBVeBVeBVeBVeBVeBVeBVeBVeBVfBVfBVfBVfBVfBVfBVfBVfBVfBVfBVgBVgBVgBVgBVgBVgBVgBVgBVgBVgBVhBVhBVhBVhBVhBVhBVhBVhBVhBVh\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABVjBVkBVlBVmBVnBVoBVpAAAAAABVqBVqBVqBVqAAAAAAAAAAAAAAA\
AAABVrBVsBVsAAAAAAAAAAAAAAAAAAAAABVqBVqBVrAAABVqBVrBVqBVsBVsBVtBVtBVtBVtBVtBVtBVtBVtBVtBVtAAAAAABVtBVtBVtAAAAAAAAAAAAAAA\
BVqBVqBVqBVqBVqBVqBVqBVqBVqBVqBVuAAAAAAAAAAAAAAAAAABVvAAAAAABVwBVwBVwBVwBVwBVwBVwBVwBVwBVwBVxBVxBVxBVxBVxBVxBVxBVxBVxBVx\
BVyBVyBVyBVyBVyBVyBVyBVyBVyBVyBVzBVzBVzBVzBVzBVzBVzBVzBVzBVzBV0AAABV1AAAAAABV1AAABV2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABV1AAA\
BV3BV3BV3BV3BV3BV3BV3BV3BV3BV3BV4BV4BV4BV4BV4BV4BV4BV4BV4BV4BV5BV5BV5BV5BV5BV5BV5BV5BV5BV5BV6BV6BV6BV6BV6BV6BV6BV6BV6BV6\
BV7BV7BV7BV7BV7BV7BV7BV7BV7BV7BVrBVrBVrBVrBVrBVrBVrBVrBVrBVrBV8BV8BV8BV8BV8BV8BV8BV8BV8BV8BV9BV9BV9BV9BV9BV9BV9BV9BV9BV9\
BV+BV+BV+BV+BV+BV+BV+BV+BV+BV+BV/BV/BV/BV/BV/BV/BV/BV/BV/BV/BWABWABWABWABWABWABWABWABWABWABWBBWBBWBBWBBWBBWBBWBBWBBWBBWB\
BWCBWCBWCBWCBWCBWCBWCBWCBWCBWCBWDBWDBWDBWDBWDBWDBWDBWDBWDBWDBWEBWEBWEBWEBWEBWEBWEBWEBWEBWEBWFBWFBWFBWFBWFBWFBWFBWFBWFBWF\
BWGBWGBWGBWGBWGBWGBWGBWGBWGBWGBWHBWHBWHBWHBWHBWHBWHBWHBWHBWHBWIBWIBWIBWIBWIBWIBWIBWIBWIBWIBWJBWJBWJBWJBWJBWJBWJBWJBWJBWJ\
BWKBWKBWKBWKBWKBWKBWKBWKBWKBWKBWJBWJBWJBWJBWJBWJBWJBWJBWJBWJBWLBWLBWLBWLBWLBWLBWLBWLBWLBWLBWMBWMBWMBWMBWMBWMBWMBWMBWMBWM\
BWNBWNBWNBWNBWNBWNBWNBWNBWNBWNBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWOBWPBWPBWPBWPBWPBWPBWPBWPBWPBWP\
BWQBWQBWQBWQBWQBWQBWQBWQBWQBWQBWRBWRBWRBWRBWRBWRBWRBWRBWRBWRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BWSBWSBWSBWSBWSBWSBWSBWSBWSBWSBWTBWTBWTBWTBWTBWTBWTBWTBWTBWTBWUBWUBWUBWUBWUBWUBWUBWUBWUBWUBWVBWVBWVBWVBWVBWVBWVBWVBWVBWV\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABWXBWYBWZAAAAAABWaAAABWbBWcAAABWdAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAABWeBWfBWgAAABWhAAABWiBWjAAAAAAAAABWkBWlBWmBWnBWoBWpAAABWqAAAAAAAAAAAAAAAAAABWrAAAAAABWsBWtAAAAAAAAAAAAAAAAAAAAAAAA\
AAABWuBWvBWwAAAAAAAAAAAAAAAAAABWxBWxBWxBWxBWxBWxBWxBWxBWxAAABWyBWzBW0BW1BW2BW3BW4BW5BW6BW7BW8BW9BW+BW/BXABXBBXCBXDAAABXE\
AAAAAAAAAAAAAAAAAAAAABXFAAABXCBXCBXGBXHBXDBXIBXJBXDAAAAAAAAABXDAAAAAAAAAAAAAAAAAAAAAAAAAAABXKBXLBXMBXNBXOBXPBXQBXRBXSBW1\
AAAAAABXTAAAAAAAAABXCAAABXUAAABXVBXGBXLBXWBXXBXYBXZBXaBXbBXcAAABXdBXeBXfBXgAAABXhBXiBXjAAAAAAAAABXDAAABXCAAAAAAAAAAAAAAA\
BXDBXkBXlBXmBXnBXoBXDBXpBXqBXDBXDBXrBXsBXtBXuBXWBXvBXwBXxBXyBXzAAAAAAAAABXzBXzAAABXzAAABXzBWxAAAAAAAAAAAABX0AAAAAAAAAAAA\
BX1AAAAAAAAAAAAAAAAAAAAAAAAAAABX2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABX3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABX4BX5BX6AAABX7AAABX8BX9\
AAAAAAAAABX+BX/BYABYBBYCBYDAAABYEBYEBYEBYEBYEBYEBYEBYEBYEBYEAAAAAABYFAAABYEBYEAAAAAAAAAAAAAAAAAABYEBYEBYEBYEBYEAAAAAAAAA\
AAABYGAAABYFBYFBYHBYFBYFAAABYHAAAAAAAAABYEBYEBYEBYEAAAAAAAAAAAABYFBYGBYGBYHBYFBYFAAAAAAAAAAAAAAABYHAAABYFBYFAAABYIAAAAAA\
AAABYGBYJAAABYGBYGBYFBYFBYFAAAAAABYGBYGBYGBYGAAAAAAAAAAAAAAAAAABYJAAABYGBYKBYGBYGAAAAAAAAAAAABYFBYGAAAAAAAAABYGBYGAAAAAA\
AAAAAABYKAAABYEAAAAAAAAAAAAAAAAAAAAAAAAAAABYFAAABYGBYFAAAAAABYJAAAAAABYKBYIBYFBYHAAAAAAAAAAAABYGAAABYGBYGBYGBYGBYGBYGAAA\
AAAAAABYFBYGBYHBYFBYIAAAAAAAAAAAAAAABYFBYGBYGBYFBYGBYGBYGAAAAAAAAAAAAAAABYEAAAAAAAAAAAAAAAAAAAAAAAAAAABYEBYEAAAAAAAAAAAA\
AAAAAABYIBYGBYGBYGBYFAAAAAAAAAAAAAAAAAABYHBYFBYHAAABYKBYFAAAAAAAAABYEBYEBYEBYEBYEBYEBYEAAAAAAAAABYKAAABYGBYFBYGAAAAAAAAA\
AAAAAAAAABYEBYEBYEBYEBYGBYGAAAAAABYGAAAAAAAAABYGBYGBYLBYGAAAAAABYIBYHBYGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYEBYEBYEAAAAAAAAA\
BYKBYGBYHBYIBYGBYGBYHBYGBYGBYGAAABYGBYFBYGBYHBYGBYGAAAAAAAAABYGAAABYJAAABYEBYEBYHAAABYGAAAAAAAAABYGBYGBYLAAAAAAAAAAAAAAA\
AAAAAABYGBYGBYIAAABYLAAAAAAAAAAAAAAABYHAAABYEBYEBYEAAAAAAAAAAAAAAABYGBYJBYEBYEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYHAAABYJ\
AAAAAABYFAAAAAABYFAAABYFBYFAAABYFBYFBYFAAABYFBYFBYFBYFBYFBYFAAAAAAAAABYEBYEBYEBYEBYFBYFAAAAAAAAABYIAAABYFBYFBYKBYFAAAAAA\
AAAAAAAAAAAABYEBYEBYEAAABYFAAABYFAAABYJBYFBYIBYFBYFBYFBYFBYFAAABYJBYFAAAAAAAAABYJAAAAAAAAAAAAAAABYLBYFBYEAAAAAABYLAAABYK\
AAABYFBYKBYFAAAAAABYFBYFBYFAAAAAAAAABYEBYEBYEBYEBYEBYEBYEBYEAAABYFBYFAAABYFBYIAAAAAAAAAAAAAAAAAABYFBYFBYEBYEBYEBYIAAAAAA\
AAABYKBYFBYJBYIAAABYFBYIBYFBYFAAAAAABYFBYFBYJAAAAAAAAAAAAAAAAAABYIBYFBYFBYFBYFBYFAAAAAAAAAAAAAAABYFBYFBYEBYEBYEAAAAAAAAA\
AAABYMAAAAAAAAABYMBYFAAABYJAAAAAABYFAAAAAAAAABYFAAAAAAAAAAAAAAABYFAAAAAABYFBYIAAAAAAAAAAAAAAABYFAAABYFAAAAAAAAAAAAAAAAAA\
AAABYJAAAAAABYFBYLBYFBYJBYFAAAAAAAAABYIBYFBYFBYFAAABYLAAAAAAAAABYMBYFAAAAAAAAABYFAAAAAAAAAAAAAAABYEBYEBYEBYEBYEBYEAAAAAA\
AAABYMAAAAAAAAABYIBYFBYFAAAAAAAAAAAABYFAAABYEBYEBYEBYFBYFAAAAAABYMAAABYFBYFBYFBYMAAAAAAAAAAAABYFBYFBYFAAABYLAAABYFBYFBYM\
AAAAAABYEBYEBYEBYEBYEBYFBYLAAAAAAAAAAAABYEBYEBYEBYEBYFBYEAAAAAABYMBYMAAABYFAAAAAAAAAAAAAAABYNBYNBYNBYNBYNBYNBYNBYNBYNBYN\
BYOBYOBYOBYOBYOBYOBYOBYOBYOBYOBYPBYPBYPBYPBYPBYPBYPBYPBYPBYPBYQBYQBYQBYQBYQBYQBYQBYQBYQBYQBX0BX0BX0BX0BX0BX0BX0BX0BX0AAA\
BYRBYSBYTBYUBYVBYWBYXBYYBYZBYaBYbBYcBYdBYeBYfBYgBYhBYiAAABYjAAAAAAAAAAAAAAAAAAAAABYkAAABYhBYhBYlBYmBYiBYnBYoBYiAAAAAAAAA\
BYiAAAAAAAAAAAAAAAAAAAAAAAAAAABYpBYqBYrBYsBYtBYuBYvBYwBYxBYUAAAAAABYyAAAAAAAAABYhAAABYzAAABY0BYlBYqBY1BY2BY3BY4BY5BY6BY7\
AAABY8BY9BY+BY/AAABZABZBBZCAAAAAAAAABYiAAABYhAAAAAAAAAAAAAAABYiBZDBZEBZFBZGBZHBYiBZIBZJBYiBYiBZKBZLBZMBZNBY1BZOBZPBZQBZR\
BZSBZSBZSBZSBZSBZSBZSBZSBZSBZSAAAAAAAAAAAABZSBZSBZSAAAAAAAAAAAAAAAAAAAAABZSAAAAAAAAAAAAAAAAAAAAAAAAAAABZSBZSAAAAAAAAAAAA\
AAAAAAAAABZSBZSBZSBZSAAAAAAAAAAAAAAABZSBZSBZSBZSBZSAAAAAAAAAAAAAAABZSBZSBZSBZSBZSBZSAAAAAAAAAAAABZSBZSBZSBZSBZSBZSBZSAAA\
AAAAAAAAAAAABZSAAABZSAAAAAAAAABZTBZTBZTBZTBZTBZTBZTBZTBZTBZTBZUBZUBZUBZUBZUBZUBZUBZUBZUBZUBZVBZVBZVBZVBZVBZVBZVBZVBZVBZV\
BZWBZWBZWBZWBZWBZWBZWBZWBZWBZWAAAAAABZXAAABYOBYOAAAAAAAAAAAAAAAAAABYOBYOBYOBYOBYOAAAAAAAAAAAABZYAAABZXBZXBZZBZXBZXAAABZZ\
AAAAAAAAABYOBYOBYOBYOAAAAAAAAAAAABZXBZYBZYBZZBZXBZXAAAAAAAAAAAAAAABZZAAABZXBZXAAABZaAAAAAAAAABZYBZbAAABZYBZYBZXBZXBZXAAA\
AAABZYBZYBZYBZYAAAAAAAAAAAAAAAAAABZbAAABZYBZcBZYBZYAAAAAAAAAAAABZXBZYAAAAAAAAABZYBZYAAAAAAAAAAAABZcAAABYOAAAAAAAAAAAAAAA\
AAAAAAAAAAAABZXAAABZYBZXAAAAAABZbAAAAAABZcBZaBZXBZZAAAAAAAAAAAABZYAAABZYBZYBZYBZYBZYBZYAAAAAAAAABZXBZYBZZBZXBZaAAAAAAAAA\
AAAAAABZXBZYBZYBZXBZYBZYBZYAAAAAAAAAAAAAAABYOAAAAAAAAAAAAAAAAAAAAAAAAAAABYOBYOAAAAAAAAAAAAAAAAAABZaBZYBZYBZYBZXAAAAAAAAA\
AAAAAAAAABZZBZXBZZAAABZcBZXAAAAAAAAABYOBYOBYOBYOBYOBYOBYOAAAAAAAAABZcAAABZYBZXBZYAAAAAAAAAAAAAAAAAABYOBYOBYOBYOBZYBZYAAA\
AAABZYAAAAAAAAABZYBZYBZdBZYAAAAAABZaBZZBZYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYOBYOBYOAAAAAAAAABZcBZYBZZBZaBZYBZYBZZBZYBZYBZY\
AAABZYBZXBZYBZZBZYBZYAAAAAAAAABZYAAABZbAAABYOBYOBZZAAABZYAAAAAAAAABZYBZYBZdAAAAAAAAAAAAAAAAAAAAABZYBZYBZaAAABZdAAAAAAAAA\
AAAAAABZZAAABYOBYOBYOAAAAAAAAAAAAAAABZYBZbBYOBYOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABZZAAABZbAAAAAABZXAAAAAABZXAAABZXBZXAAA\
BZXBZXBZXAAABZXBZXBZXBZXBZXBZXAAAAAAAAABYOBYOBYOBYOBZXBZXAAAAAAAAABZaAAABZXBZXBZcBZXAAAAAAAAAAAAAAAAAABYOBYOBYOAAABZXAAA\
BZXAAABZbBZXBZaBZXBZXBZXBZXBZXAAABZbBZXAAAAAAAAABZbAAAAAAAAAAAAAAABZdBZXBYOAAAAAABZdAAABZcAAABZXBZcBZXAAAAAABZXBZXBZXAAA\
AAAAAABYOBYOBYOBYOBYOBYOBYOBYOAAABZXBZXAAABZXBZaAAAAAAAAAAAAAAAAAABZXBZXBYOBYOBYOBZaAAAAAAAAABZcBZXBZbBZaAAABZXBZaBZXBZX\
AAAAAABZXBZXBZbAAAAAAAAAAAAAAAAAABZaBZXBZXBZXBZXBZXAAAAAAAAAAAAAAABZXBZXBYOBYOBYOAAAAAAAAAAAABZeAAAAAAAAABZeBZXAAABZbAAA\
AAABZXAAAAAAAAABZXAAAAAAAAAAAAAAABZXAAAAAABZXBZaAAAAAAAAAAAAAAABZXAAABZXAAAAAAAAAAAAAAAAAAAAABZbAAAAAABZXBZdBZXBZbBZXAAA\
AAAAAABZaBZXBZXBZXAAABZdAAAAAAAAABZeBZXAAAAAAAAABZXAAAAAAAAAAAAAAABYOBYOBYOBYOBYOBYOAAAAAAAAABZeAAAAAAAAABZaBZXBZXAAAAAA\
AAAAAABZXAAABYOBYOBYOBZXBZXAAAAAABZeAAABZXBZXBZXBZeAAAAAAAAAAAABZXBZXBZXAAABZdAAABZXBZXBZeAAAAAABYOBYOBYOBYOBYOBZXBZdAAA\
AAAAAAAAABYOBYOBYOBYOBZXBYOAAAAAABZeBZeAAABZXAAAAAAAAAAAAAAABZfBZfBZfBZfBZfBZfBZfBZfBZfBZfBZgBZgBZgBZgBZgBZgBZgBZgBZgBZg\
BZhBZhBZhBZhBZhBZhBZhBZhBZhBZhBZiBZiBZiBZiBZiBZiBZiBZiBZiBZiBZjBZjBZjBZjBZjBZjBZjBZjBZjBZjAAAAAAAAAAAABZUBZUBZUAAAAAAAAA\
AAAAAAAAAAAABZUAAAAAAAAAAAAAAAAAAAAAAAAAAABZUBZUAAAAAAAAAAAAAAAAAAAAABZUBZUBZUBZUAAAAAAAAAAAAAAABZUBZUBZUBZUBZUAAAAAAAAA\
AAAAAABZUBZUBZUBZUBZUBZUAAAAAAAAAAAABZUBZUBZUBZUBZUBZUBZUAAAAAAAAAAAAAAABZUAAABZUAAAAAAAAABZkBZkBZkBZkBZkBZkBZkBZkBZkBZk\
BZlBZlBZlBZlBZlBZlBZlBZlBZlBZlBZmBZmBZmBZmBZmBZmBZmBZmBZmBZmBZnBZnBZnBZnBZnBZnBZnBZnBZnBZnBZoBZoBZoBZoBZoBZoBZoBZoBZoBZo\
BZpBZpBZpBZpBZpBZpBZpBZpBZpBZpBZqBZqBZqBZqBZqBZqBZqBZqBZqBZqBZrBZrBZrBZrBZrBZrBZrBZrBZrBZrBZsBZsBZsBZsBZsBZsBZsBZsBZsBZs\
BZtBZtBZtBZtBZtBZtBZtBZtBZtBZtBZuBZuBZuBZuBZuBZuBZuBZuBZuBZuBZvBZvBZvBZvBZvBZvBZvBZvBZvBZvBZwBZwBZwBZwBZwBZwBZwBZwBZwBZw\
BZxBZxBZxBZxBZxBZxBZxBZxBZxBZxBZyBZyBZyBZyBZyBZyBZyBZyBZyBZyBZzBZzBZzBZzBZzBZzBZzBZzBZzBZzBZ0BZ0BZ0BZ0BZ0BZ0BZ0BZ0BZ0BZ0\
BZ1BZ1BZ1BZ1BZ1BZ1BZ1BZ1BZ1BZ1BZ2BZ2BZ2BZ2BZ2BZ2BZ2BZ2BZ2BZ2BZ3BZ3BZ3BZ3BZ3BZ3BZ3BZ3BZ3BZ3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABZ4BZ4BZ4BZ4BZ4BZ4BZ4BZ4BZ4BZ4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABZ6BZ7BZ8BZ9BZ+BZ6BZ/BaABaBAAABaCBaCBaCBaCBaCBaCBaCBaCBaCAAABaCBaCAAABaCAAAAAABaCBaCAAA\
BaDBaCBaCBaCBaCBaCAAABaCBaCAAABaEBaCBaCBaFBaCBaCBaCBaCBaGBaCBaHBaCAAABaCBaCBaCAAAAAAAAAAAAAAABaCAAABaCBaCBaCAAABaCAAABaC\
BaIBaCBaCBaCBaCBaCBaCBaCBaCBaCBaHBaCBaCBaCBaCBaCBaCBaCBaCBaCAAAAAABaJBaJBaJBaJAAABaKAAABaLBaMAAAAAABaNAAAAAAAAAAAAAAAAAA\
BaOAAABaPAAAAAAAAAAAAAAAAAAAAAAAAAAABaJBaJBaJBaJAAABaQAAABaLAAAAAABaJBaJBaJBaJBaRBaKAAABaLBaSAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BaTAAAAAAAAAAAAAAAAAAAAAAAAAAABaUBaUBaUBaUBaUBaUBaUBaUBaUBaUBaVBaVBaVBaVBaVBaVBaVBaVBaVBaVBaKBaKBaKBaKBaKBaKBaKBaKBaKBaK\
BaWBaWBaWBaWBaWBaWBaWBaWBaWBaWBaXBaXBaXBaXBaXBaXBaXBaXBaXBaXBaYBaYBaYBaYBaYBaYBaYBaYBaYBaYBaYAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BaZBaVBaVBaVBaVBaVBaVBaVBaVBaVAAAAAAAAAAAABaYAAAAAAAAAAAAAAABaaBaaBaaBaaBaaBaaBaaBaaBaaBaaBabBabBabBabBabBabBabBabBabBab\
BacBacBacBacBacBacBacBacBacBacBadBadBadBadBadBadBadBadBadBadBaeBaeBaeBaeBaeBaeBaeBaeBaeBaeBaOBaOBaOBaOBaOBaOBaOBaOBaOBaO\
BafBafBafBafBafBafBafBafBafBafBagBagBagBagBagBagBagBagBagBagBahBahBahBahBahBahBahBahBahBahBaiBaiBaiBaiBaiBaiBaiBaiBaiBai\
BajBajBajBajBajBajBajBajBajBajBakBakBakBakBakBakBakBakBakBakBalBalBalBalBalBalBalBalBalBalBamBamBamBamBamBamBamBamBamBam\
BanBanBanBanBanBanBanBanBanBanBaoBaoBaoBaoBaoBaoBaoBaoBaoBaoBapBapBapBapBapBapBapBapBapBapBaqBaqBaqBaqBaqBaqBaqBaqBaqBaq\
BarBarBarBarBarBarBarBarBarBarBasBasBasBasBasBasBasBasBasBasBatBatBatBatBatBatBatBatBatBatBauBauBauBauBauBauBauBauBauBau\
BavBavBavBavBavBavBavBavBavBavBawBawBawBawBawBawBawBawBawBawBaxBaxBaxBaxBaxBaxBaxBaxBaxBaxBayBayBayBayBayBayBayBayBayBay\
BazBazBazBazBazBazBazBazBazBazBa0Ba0Ba0Ba0Ba0Ba0Ba0Ba0Ba0Ba0Ba1Ba1Ba1Ba1Ba1Ba1Ba1Ba1Ba1Ba1Ba2Ba2Ba2Ba2Ba2Ba2Ba2Ba2Ba2Ba2\
Ba3Ba3Ba3Ba3Ba3Ba3Ba3Ba3Ba3Ba3Ba4Ba4Ba4Ba4Ba4Ba4Ba4Ba4Ba4Ba4Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba5BatBatBatBatBatBatBatBatBatBat\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABa5Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba5Ba6Ba6Ba6Ba6Ba6Ba6Ba6Ba6Ba6Ba6Ba7Ba7Ba7Ba7Ba7Ba7Ba7Ba7Ba7Ba7\
Ba8Ba8Ba8Ba8Ba8Ba8Ba8Ba8Ba8Ba8Ba9Ba9Ba9Ba9Ba9Ba9Ba9Ba9Ba9Ba9Ba+Ba+Ba+Ba+Ba+Ba+Ba+Ba+Ba+Ba+Ba/Ba/Ba/Ba/Ba/Ba/Ba/Ba/Ba/Ba/\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAABbBBbCBbDBbEBbFBbGBbHBbIBbJAAAAAABbKAAAAAAAAAAAAAAAAAAAAAAAABbLBbMBbNAAAAAABbOAAAAAAAAAAAAAAABbMBbMBbMBbMAAAAAAAAAAAA\
AAABbMBbMBbMBbPBbMAAAAAAAAAAAAAAABbMBbMBbMAAABbMAAABbMBbMAAABbQBbMAAABbMBbMBbMAAABbMAAAAAAAAABbMBbMBbMAAABbMAAAAAAAAAAAA\
BbRBbMBbMBbMBbMBbMBbMBbMBbMBbMAAABbSBbMBbTBbMBbMBbUBbVBbMBbWAAAAAAAAABbXAAAAAAAAAAAAAAAAAAAAABbYAAAAAAAAAAAAAAAAAAAAABbZ\
BbaBbaBbaBbaBbaBbaBbaBbaBbaBbaAAAAAABbaBbbBbaBbcBbdAAAAAAAAAAAAAAAAAAAAABbeAAAAAAAAAAAAAAABbfBbfBbfBbfBbfBbfBbfBbfBbfBbf\
BbgAAAAAAAAAAAAAAAAAAAAAAAAAAABbhBbaBbaBbaBbaBbaBbaBbaBbaBbiBbjAAAAAAAAAAAAAAAAAAAAAAAAAAABbaBbaBbaBbaBbaBbaBbkBbaBbaBba\
BbaBbaBbaBbaBbaBbaBbaBbaBbaBblAAABbaBbaBbaBbaBbaBbaBbaBbaBbaBbaBbmBbnBbaBbaBbaBbaBbaBbaBbaBboAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAABbpAAAAAAAAAAAAAAAAAAAAAAAAAAABbqAAABbrAAABbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBbtBbuBbsBbsBbvBbsBbsBbsBbs\
BbsAAAAAAAAAAAAAAAAAAAAAAAAAAABbpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABbwAAAAAAAAABbxBbxBbxBbxBbxBbxBbxBbxBbxBbx\
BbyBbyBbyBbyBbyBbyBbyBbyBbyBbyBbzBbzBbzBbzBbzBbzBbzBbzBbzBbzBb0Bb0Bb0Bb0Bb0Bb0Bb0Bb0Bb0Bb0BbsBbsBbsAAAAAAAAAAAAAAAAAAAAA\
Bb1BbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBb2BbsBbsBbsBbsBbsBbsAAABbsBbsAAABbsBbsBbvBbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBbsBb3Bbs\
BbhAAAAAAAAAAAAAAAAAAAAAAAAAAABb4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABb4AAAAAAAAAAAAAAAAAAAAAAAAAAABb5AAAAAAAAAAAAAAAAAAAAA\
Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb6Bb4Bb4Bb4Bb4Bb4AAABb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4AAABb4Bb4Bb4Bb4Bb4Bb4\
AAAAAAAAAAAAAAABb4AAAAAAAAABb4Bb7Bb7Bb7Bb7Bb7Bb7Bb7Bb7Bb7Bb7Bb8Bb8Bb8Bb8Bb8Bb8Bb8Bb8Bb8Bb8Bb9Bb9Bb9Bb9Bb9Bb9Bb9Bb9Bb9Bb9\
Bb+Bb+Bb+Bb+Bb+Bb+Bb+Bb+Bb+Bb+Bb4AAABb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4AAAAAAAAAAAABb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4Bb4AAABb4Bb4Bb4Bb4\
Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/Bb/AAAAAAAAABb/AAAAAAAAAAAABb/Bb/Bb/Bb/Bb/BcABcABcABcABcABcABcABcABcABcA\
BcBBcBBcBBcBBcBBcBBcBBcBBcBBcBBcCBcCBcCBcCBcCBcCBcCBcCBcCBcCBcDBcDBcDBcDBcDBcDBcDBcDBcDBcDBcEBcEBcEBcEBcEBcEBcEBcEBcEBcE\
BcFBcFBcFBcFBcFBcFBcFBcFBcFBcFBcGBcGBcGBcGBcGBcGBcGBcGBcGBcGBcHBcHBcHBcHBcHBcHBcHBcHBcHBcHBcIBcIBcIBcIBcIBcIBcIBcIBcIBcI\
BcJBcJBcJBcJBcJBcJBcJBcJBcJBcJBcKBcKBcKBcKBcKBcKBcKBcKBcKBcKBcLBcLBcLBcLBcLBcLBcLBcLBcLBcLBcMBcMBcMBcMBcMBcMBcMBcMBcMBcM\
BcNBcNBcNBcNBcNBcNBcNBcNBcNBcNBcOBcOBcOBcOBcOBcOBcOBcOBcOBcOBcPBcPBcPBcPBcPBcPBcPBcPBcPBcPBcQBcQBcQBcQBcQBcQBcQBcQBcQBcQ\
BcRBcRBcRBcRBcRBcRBcRBcRBcRBcRBcSBcSBcSBcSBcSBcSBcSBcSBcSBcSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BcTBcTBcTBcTBcTBcTBcTBcTBcTBcTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcUBcUBcUBcUBcUBcUBcUBcUBcUBcU\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcWAAABcXBcYAAABcZAAAAAABcaAAAAAAAAAAAAAAAAAAAAAAAABcbBccBcdBceBcfBcgAAABchAAABciAAAAAA\
AAAAAAAAAAAAAAAAAABcjAAAAAAAAABckAAAAAAAAAAAAAAAAAAAAAAAAAAABclAAAAAAAAABcmAAAAAAAAAAAAAAABcnAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BcoAAAAAAAAABcpAAAAAAAAAAAAAAABcqBcqBcqBcqBcqBcqAAAAAAAAAAAABcqBcqBcqBcqBcqBcqBcqBcqBcqBcqBcqBcqBcqBcqBcrAAAAAAAAAAAAAAA\
BcsAAAAAABctAAAAAAAAAAAAAAAAAABcqBcqAAAAAAAAAAAAAAAAAAAAAAAABcqAAAAAAAAAAAAAAAAAAAAAAAAAAABcuBcuBcuBcuBcuBcuBcuBcuBcuBcu\
AAABcvBcwAAABcwBcwBcwBcwBcxAAAAAABcyAAAAAAAAAAAAAAAAAAAAAAAABczAAAAAAAAAAAAAAAAAAAAAAAAAAABc0AAAAAAAAAAAAAAAAAAAAAAAAAAA\
BcyBcyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcyBcyAAABc1Bc1Bc1Bc1Bc1Bc1Bc1Bc1Bc1Bc1AAABc1Bc1Bc1Bc1Bc1Bc1Bc1Bc1Bc1\
Bc1AAAAAAAAAAAAAAAAAAAAAAAAAAABc1Bc1Bc1Bc2Bc1Bc1Bc1Bc1Bc1Bc1Bc3Bc3Bc3Bc3Bc3Bc3Bc3Bc3Bc3Bc3Bc4BcjBcjBcjBcjBcjBcjBcjBcjBcj\
AAAAAABcjBcjBcjBcjBcjBcjBcjBcjAAABcjBcjBcjBcjBcjBcjBcjBcjBcjBc5Bc5Bc5Bc5Bc5Bc5Bc5Bc5Bc5Bc5AAAAAAAAAAAAAAAAAAAAAAAABc1AAA\
Bc6Bc6Bc6Bc6Bc6Bc6Bc6Bc6Bc6Bc6Bc7Bc7Bc7Bc7Bc7Bc7Bc7Bc7Bc7Bc7Bc8AAABc9Bc7Bc7Bc7Bc7Bc7Bc7Bc7Bc+Bc+Bc+Bc+Bc+Bc+Bc+Bc+Bc+Bc+\
BcuBcuBcuBcuBcuBc/AAAAAAAAAAAABdABdABdABdABdABdABdABdABdABdABdBBdBBdBBdBBdBBdBBdBBdBBdBBdBBdCBdCBdCBdCBdCBdCBdCBdCBdCBdC\
BdCBdDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABdCBdCBdCBdCBdCBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBc3Bc3Bc3Bc3Bc3BdFAAAAAAAAAAAA\
BdGBdGBdGBdGBdGBdGBdGBdGBdGBdGBdHBdHBdHBdHBdHBdHBdHBdHBdHBdHBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIBdIAAAAAAAAAAAA\
BdJBdJBdJBdJBdJBdJBdJBdJBdJBdJBc+Bc+Bc+Bc+Bc+BdKAAAAAAAAAAAABdLBdLBdLBdLBdLBdLBdLBdLBdLBdLBdMBdMBdMBdMBdMBdMBdMBdMBdMBdM\
BdNBdNBdNBdNBdNBdNBdNBdNBdNBdNBdOBdOBdOBdOBdOBdOBdOBdOBdOBdOBdEAAAAAAAAAAAAAAAAAAAAAAAAAAABdPBdPBdPBdPBdPBdPBdPBdPBdPBdP\
BdQBdQBdQBdQBdQBdQBdQBdQBdQBdQBdRBdRBdRBdRBdRBdRBdRBdRBdRBdRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABdSBdSBdSBdSBdSBdSBdSBdSBdSBdS\
BdTBdTBdTBdTBdTBdTBdTBdTBdTBdTBdUBdUBdUBdUBdUBdUBdUBdUBdUBdUBdVBdVBdVBdVBdVBdVBdVBdVBdVBdVBdWBdWBdWBdWBdWBdWBdWBdWBdWBdW\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABdYAAABdZBdaBdbAAABdcBdd\
AAABdeAAABdfBdgBdhBdgBdgBdhBdiBdjBdkBdlAAAAAAAAAAAAAAAAAAAAABdmAAAAAAAAAAAAAAAAAAAAAAAAAAABdjAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BdnAAAAAAAAAAAAAAAAAAAAAAAAAAABdoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABdpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABdpBdpAAABdpBdpBdp\
BdpBdpBdpBdpBdpBdpBdpBdpBdpBdpAAABdpBdpBdpBdpBdpBdpBdpBdpBdpAAABdpBdpBdpBdpBdpBdpAAAAAAAAABdpAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAABdqAAABdqBdqBdqBdqBdqAAAAAAAAABdqAAABdqAAABdqAAAAAAAAABdpBdrAAAAAAAAAAAAAAAAAAAAAAAABdsAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BdtBdtAAAAAAAAAAAAAAAAAAAAAAAABduBduBduBduBduBduBduBduBduBduBdvBdvBdvBdvBdvBdvBdvBdvBdvBdvBdwBdwBdwBdwBdwBdwBdwBdwBdwBdw\
BdxBdxBdxBdxBdxBdxBdxBdxBdxBdxBdyBdyBdyBdyBdyBdyBdyBdyBdyBdyBdzBdzBdzBdzBdzBdzBdzBdzBdzBdzBd0Bd0Bd0Bd0Bd0Bd0Bd0Bd0Bd0Bd0\
Bd1Bd1Bd1Bd1Bd1Bd1Bd1Bd1Bd1Bd1Bd2Bd2Bd2Bd2Bd2Bd2Bd2Bd2Bd2Bd2Bd3Bd3Bd3Bd3Bd3Bd3Bd3Bd3Bd3Bd3Bd4Bd4Bd4Bd4Bd4Bd4Bd4Bd4Bd4Bd4\
Bd5Bd5Bd5Bd5Bd5Bd5Bd5Bd5Bd5Bd5Bd6Bd6Bd6Bd6Bd6Bd6Bd6Bd6Bd6Bd6Bd7Bd7Bd7Bd7Bd7Bd7Bd7Bd7Bd7Bd7Bd8Bd8Bd8Bd8Bd8Bd8Bd8Bd8Bd8Bd8\
Bd9Bd9Bd9Bd9Bd9Bd9Bd9Bd9Bd9Bd9Bd+Bd+Bd+Bd+Bd+Bd+Bd+Bd+Bd+Bd+Bd/Bd/Bd/Bd/Bd/Bd/Bd/Bd/Bd/Bd/BeABeABeABeABeABeABeABeABeABeA\
BeBBeBBeBBeBBeBBeBBeBBeBBeBBeBBeCBeCBeCBeCBeCBeCBeCBeCBeCBeCBeDBeDBeDBeDBeDBeDBeDBeDBeDBeDBeEBeEBeEBeEBeEBeEBeEBeEBeEBeE\
BeFBeFBeFBeFBeFBeFBeFBeFBeFBeFBeGBeGBeGBeGBeGBeGBeGBeGBeGBeGBeHBeHBeHBeHBeHBeHBeHBeHBeHBeHBeIBeIBeIBeIBeIBeIBeIBeIBeIBeI\
BeJBeJBeJBeJBeJBeJBeJBeJBeJBeJBeKBeKBeKBeKBeKBeKBeKBeKBeKBeKBeLBeLBeLBeLBeLBeLBeLBeLBeLBeLBeMBeMBeMBeMBeMBeMBeMBeMBeMBeM\
BeNBeNBeNBeNBeNBeNBeNBeNBeNBeNBeOBeOBeOBeOBeOBeOBeOBeOBeOBeOBePBePBePBePBePBePBePBePBePBePBeQBeQBeQBeQBeQBeQBeQBeQBeQBeQ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABeSAAABeTBeUBeVBeWBeXBeYBeZBeaBebBecBedBeeBefBegBedBehBeiAAAAAABejBekBelBemBenBeoBepBeq\
AAAAAABerBesBesBesBesBesBetBesAAAAAABeuBesBesBevBesBewBesBexAAAAAABeyBezBesBe0BesBe1Be2Be3AAAAAABesBe4Be5BesBe6BesBe1Bes\
AAAAAABe7Be8Be7Be9Be+Be/BeyBeyBfABfBBesBe5Be5BesBesBesBe5Be5AAAAAABfCBfCBfDBfCBfCBfEBfCBfFAAABecBecBecBecBecBfGBfHBfIAAA\
BfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfJBfCBfCBfCBfCBfCBfCBfCBfCBfCAAAAAABfCBfCBfKBfCBfCBfCBfCBfCAAAAAAAAABfLBfMAAABfNAAAAAABec\
BfOBfCBfCBfCBfCBfCBfCBfCBfCBfCBfJBfPBfCBfCBfQBfRBfCBfEBfSBfFBfTBfTBfTBfTBfTBfTBfTBfTBfTBfTBesBesBesBesAAAAAABesBesBesBes\
BesBesBesBesAAAAAABesAAABesAAABesBesBesAAAAAAAAAAAABesBesAAABesBesBesAAABesBesBesBesBesAAABesBesBesBesBesAAABesBesAAAAAA\
AAABesBesAAABesAAABesBesBesBesBesBesBesBesBesBesBesBesBesBesBesBesBesBesBesBesAAABesAAAAAABfUBfUBfUBfUBfUBfUBfUBfVBfUBfU\
BfUBfUBfUBfUBfUBfUBfUBfUBfUBfUAAABfUBfUBfUAAABfUBfUAAABfUBfUBfUBfUBfUBfUBfUBfUAAAAAABfUBfUBfUBfUBfUBfUBfUAAAAAAAAABfUBfU\
AAABfUBfUBfUBfUBfUBfUBfUBfUBfUAAAAAABfUBfUAAAAAAAAAAAAAAAAAAAAAAAABfUBfUBfUBfUBfUBfUBfUBfUAAABfUAAABfUAAABfUAAABfUBfUBfU\
BfUBfUBfUBfUBfUBfUBfUAAAAAAAAABfUBfUBfUBfUAAABfUBfUBfUBfUBfUAAAAAAAAAAAAAAABfUAAAAAAAAAAAABfUBfUAAAAAAAAABfUBfUBfUBfUAAA\
BfUAAAAAABfUBfUBfUBfUAAABfUAAABfUBfUBfUBfUBfUBfUBfUBfUBfUAAAAAAAAAAAAAAAAAABfUBfUBfUBfUBfUAAAAAABfUBfUBfUBfUBfUBfUBfUAAA\
AAAAAABfUBfUBfUBfUAAAAAAAAAAAAAAAAAABfUBfUBfUBfUBfUBfUAAAAAAAAAAAABfUBfUBfUBfUAAAAAABfUBfUAAAAAABfUBfUBfUBfUAAABfUBfUAAA\
AAAAAAAAAAAAAAABfUAAABfUAAAAAAAAAAAAAAABfUAAAAAAAAAAAAAAAAAABfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWAAAAAAAAA\
BfWBfWAAAAAAAAAAAABfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWBfWAAABfXBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfYBfZAAABfaAAA\
AAAAAAAAAAAAAAAAAAAAAAAABfbAAABfcAAAAAAAAAAAAAAAAAAAAAAAAAAABfdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABfWAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAABfeAAABffAAAAAAAAAAAABfgAAAAAAAAABfhAAAAAABfiBfWBfWBfWBfWBfWBfWBfWBfWBfWAAAAAABfWBfWAAAAAAAAAAAAAAAAAA\
BfWAAAAAAAAAAAAAAABfWBfjAAAAAAAAAAAAAAAAAABfkAAAAAABfWBfWBfWBfWBfWBfjAAAAAAAAAAAABfjAAAAAABflBflBflBflBflBflBflBflBflBfl\
BfmBfmBfmBfmBfmBfmBfmBfmBfmBfmBfmBfmAAAAAAAAAAAAAAAAAAAAAAAABfnBfnBfnBfnBfnBfnBfnBfnBfnBfnAAAAAAAAAAAAAAABfWBfWBfWBfWBfW\
BfWBfWBfWBfWBfWBfWBfWBfWAAABfWBfWAAABfWBfWBfWAAAAAAAAAAAAAAABfWAAABfWBfWBfWBfWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABfoAAA\
BfpBfpBfpBfpBfpBfpBfpBfpBfpBfpBfnAAAAAAAAAAAAAAAAAAAAAAAAAAABfqBfqBfqBfqBfqAAAAAAAAAAAAAAABfrBfqBfsBftBfuBfvBfwBfqAAAAAA\
AAAAAABfxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABfqAAABfyBfyBfyBfyBfyBfyBfyBfyBfyBfyBfnBfnBfnBfnBfnAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAABfWAAAAAAAAABfzBfzBfzBfzBfzBfzBfzBfzBfzBfzBf0Bf0Bf0Bf0Bf0Bf0Bf0Bf0Bf0Bf0Bf1Bf1Bf1Bf1Bf1Bf1Bf1Bf1Bf1Bf1\
AAAAAAAAAAAAAAAAAABfnAAABfnBfnBf2Bf2Bf2Bf2Bf2Bf2Bf2Bf2Bf2Bf2Bf3Bf3Bf3Bf3Bf3Bf3Bf3Bf3Bf3Bf3AAABf3Bf3AAAAAABf3AAAAAAAAAAAA\
AAABf3AAAAAAAAAAAAAAAAAAAAAAAABf3Bf3AAAAAAAAAAAAAAAAAAAAAAAABf3Bf3AAAAAAAAABf3AAAAAABf3Bf3Bf3Bf3AAAAAABf3AAAAAAAAAAAAAAA\
Bf3AAABf3AAAAAAAAAAAAAAAAAAAAABf3Bf3Bf3Bf3Bf3Bf3Bf3AAAAAAAAABf4Bf4Bf4Bf4Bf4Bf4Bf4Bf4Bf4Bf4Bf5Bf5Bf5Bf5Bf5Bf5Bf5Bf5Bf5Bf5\
Bf6Bf6Bf6Bf6Bf6Bf6Bf6Bf6Bf6Bf6Bf7Bf7Bf7Bf7Bf7Bf7Bf7Bf7Bf7Bf7Bf8Bf8Bf8Bf8Bf8Bf8Bf8Bf8Bf8Bf8Bf9Bf9Bf9Bf9Bf9Bf9Bf9Bf9Bf9Bf9\
Bf+Bf+Bf+Bf+Bf+Bf+Bf+Bf+Bf+Bf+Bf/Bf/Bf/Bf/Bf/Bf/Bf/Bf/Bf/Bf/BgABgABgABgABgABgABgABgABgABgABgBBgBBgBBgBBgBBgBBgBBgBBgBBgB\
BgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgFBgFBgFBgFBgFBgFBgFBgFBgFBgF\
BgGBgGBgGBgGBgGBgGBgGBgGBgGBgGBgHBgHBgHBgHBgHBgHBgHBgHBgHBgHBgIBgIBgIBgIBgIBgIBgIBgIBgIBgIBgJBgJBgJBgJBgJBgJBgJBgJBgJBgJ\
BgKBgKBgKBgKBgKBgKBgKBgKBgKBgKBgLBgLBgLBgLBgLBgLBgLBgLBgLBgLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BgMBgMBgMBgMBgMBgMBgMBgMBgMBgMBgNBgNBgNBgNBgNBgNBgNBgNBgNBgNBgOBgOBgOBgOBgOBgOBgOBgOBgOBgOBgHBgHBgHBgHBgHBgHBgHBgHBgHBgH\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgQBgRBgSBgTAAAAAABgUBgVAAA\
AAAAAAAAABgWBgXAAABgYAAABgZBgaBgbBgbBgbBgcBgdBgeBgbBgbBgbBgbBgbBgbBgbBgbBgfBgbBggBghBgbBgbBgiBgiBgiBgiBgjBgkBgiBglBgmBgn\
BgbBgbBgcBgbBgbBgbAAABgbBgbBgbAAAAAAAAAAAAAAABgoBgcBgbBgbBgpBgqBgrBgrBgrBgsBgrBgrBgrBgrBgrAAAAAAAAAAAAAAABgtAAABguAAAAAA\
AAAAAAAAABgvAAAAAAAAAAAAAAAAAABgwAAAAAAAAAAAAAAAAAAAAAAAAAAABgxAAAAAAAAAAAAAAAAAAAAAAAAAAABgyBgyBgyBgyBgyBgyBgyBgyBgyBgy\
BgyBgyBgyBgyBgyBgyBgyBgyBgyAAABgyBgzBgyBgyBgyBgyBgyBgyBgyBgyBgyBgyAAABgyAAABgyBgyBgyBgyBgyBgyBgyBgyBgyBgyBgyAAABgyBgyBgz\
AAABgyBgyBgyBgyBgyBgyBgyBgyBgyBgyBgyBgyBgyAAABgyBgyBgyBgyBgyBg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0AAAAAAAAABg0AAAAAABg0Bg0Bg0\
Bg0Bg0Bg0AAABg0Bg0Bg0Bg0Bg0Bg0Bg0AAABg0Bg0Bg0Bg0Bg0Bg0Bg0Bg1Bg0Bg0Bg0Bg2Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg0Bg3Bg4Bg0Bg0Bg0\
AAABg5AAAAAAAAABgyAAAAAAAAAAAABgyBg6BgyBgyBgyBgyBgyBgyBgyBgyBg7Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8Bg8\
Bg8Bg8Bg8Bg8Bg8Bg9Bg8Bg8Bg8Bg8AAABg+Bg/Bg/AAAAAAAAAAAAAAAAAAAAABhAAAAAAAAAAAAAAAAAAAAAAAAABhBBhBBhBBhBBhBBhBBhBBhBBhBBhB\
BhCAAABhDAAAAAAAAAAAAAAAAAAAAABhEBhEBhEAAAAAAAAABhEAAAAAAAAABhFBhFBhFBhFBhFBhFBhFBhFBhFBhFBhFAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BhGBhGBhGBhGBhGBhGBhGBhGBhGBhGBhGBhGAAAAAAAAAAAAAAAAAAAAAAAABhGBhGBhGBhGAAAAAABhGBhGBhGBhGBhGBhGBhGBhGAAAAAAAAAAAAAAAAAA\
BhGBhGBhGBhGBhGAAAAAAAAAAAAAAABhHBhIBhJBhFBhFAAAAAAAAAAAAAAABhFBhFBhFBhFBhFBhFBhKBhLBhFBhMBhNBhNBhNBhNBhNBhNBhNBhNBhNBhN\
BhOBhOBhOBhOBhOBhOBhOBhOBhOBhOBhPBhPBhPBhPBhPBhOBhOBhOBhOBhOBhQAAAAAAAAABhQBhQAAAAAABhQAAAAAAAAAAAAAAABhQBhQAAAAAABhQAAA\
BhQBhQBhQBhQBhQBhQBhQBhQBhQBhQBhRBhRBhRBhRBhRBhRBhRBhRBhRBhRBhSBhSBhSBhSBhSBhSBhSBhSBhSBhSBhTBhTBhTBhTBhTBhTBhTBhTBhTBhT\
BhUBhUBhUBhUBhUBhUBhUBhUBhUBhUBhVBhVBhVBhVBhVBhVBhVBhVBhVBhVBhWBhWBhWBhWBhWBhWBhWBhWBhWBhWBhXBhVBhVBhYBhVBhZBhaBhVBhbBhV\
BhVBhcBhVBhVBhdBhVBhVBheBhVBhVBhfBhgBhhBhiBhVBhVBhVBhjBhgBhkBhVBhVAAABhVAAABhVBhVBhVBhVBhVBhlBhVBhVBhVBhVBhVBhVBhVBhVBhV\
BhVBhVBhVBhVBhVBhfBhVBhVBhVBhVBhmBhmBhmBhmBhmBhmBhmBhmBhmBhmBhnBhnBhnBhnBhnBhnBhnBhnBhnBhnBhoBhoBhoBhoBhoBhoBhoBhoBhoBho\
BhpBhpBhpBhpBhpBhpBhpBhpBhpBhpBhqBhqBhqBhqBhqBhqBhqBhqBhqBhqBhrBhrBhrBhrBhrBhrBhrBhrBhrBhrBhsBhsBhsBhsBhsBhsBhsBhsBhsBhs\
BhtBhtBhtBhtBhtBhtBhtBhtBhtBhtBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhvBhvBhvBhvBhvBhvBhvBhvBhvBhvBhuAAAAAABhuBhuBhuBhuBhuBhuBhu\
AAAAAABhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuAAAAAABhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuAAAAAA\
BhuBhuBhuBhuBhuBhuBhuAAAAAABhuBhuBhuBhuBhuBhuBhuAAAAAABhuBhuBhuBhuBhuBhuBhuAAAAAABhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuAAABhu\
AAABhuAAABhuAAABhuAAABhuAAABhuAAABhuAAAAAABhuBhuBhuBhuBhuBhuBhuBhuBhuBhuBhuAAABhuBhuBhuBhuAAAAAAAAAAAAAAAAAAAAAAAABhuBhu\
BhuBhuBhuBhuBhuAAAAAAAAAAAAAAABhuBhuBhuAAABhuBhuBhuBhuBhuBhuBhwBhwBhwBhwBhwBhwBhwBhwBhwBhwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BhOBhOBhOBhOBhOBhOBhOBhOBhOBhOBhxBhxBhxBhxBhxBhxBhxBhxBhxBhxBhyBhyBhyBhyBhyBhyBhyBhyBhyBhyBhDBhDBhDBhDBhDBhDBhDBhDBhDBhD\
BhzBhzBhzBhzBhzBhzBhzBhzBhzBhzBh0Bh0Bh0Bh0Bh0Bh0Bh0Bh0Bh0Bh0Bh1Bh1Bh1Bh1Bh1Bh1Bh1Bh1Bh1Bh1Bh2Bh2Bh2Bh2Bh2Bh2Bh2Bh2Bh2Bh2\
Bh3Bh3Bh3Bh3Bh3Bh3Bh3Bh3Bh3Bh3Bh4Bh4Bh4Bh4Bh4Bh4Bh4Bh4Bh4Bh4Bh5Bh5Bh5Bh5Bh5Bh5Bh5Bh5Bh5Bh5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Bh6Bh6Bh6Bh6Bh6Bh6Bh6Bh6Bh6Bh6Bh7Bh7Bh7Bh7Bh7Bh7Bh7Bh7Bh7Bh7Bh8Bh8Bh8Bh8Bh8Bh8Bh8Bh8Bh8Bh8BhPBhPBhPBhPBhPBhPBhPBhPBhPBhP\
Bh9Bh9Bh9Bh9Bh9Bh9Bh9Bh9Bh9Bh9Bh+Bh+Bh+Bh+Bh+Bh+Bh+Bh+Bh+Bh+Bh/Bh/Bh/Bh/Bh/Bh/Bh/Bh/Bh/Bh/BiABiABiABiABiABiABiABiABiABiA\
BiBBiBBiBBiBBiBBiBBiBBiBBiBBiBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABiCBiCBiCBiCBiCBiCBiCBiCBiCBiC\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABiEAAAAAABiFAAAAAAAAABiGAAA\
AAAAAAAAABiHBiIAAAAAAAAABiJBiKBiLBiLBiLBiLBiMBiNBiLBiOBiPBiQAAAAAAAAAAAAAAABiRAAAAAAAAABiSBiTBiUBiUBiUBiVBiUBiUBiUBiUBiU\
AAAAAAAAAAAAAAABiWAAABiXAAAAAABiYAAAAAAAAAAAAAAAAAAAAAAAAAAABiZAAAAAAAAAAAAAAAAAAAAAAAAAAABiaBiaBiaBiaBiaBiaBiaBiaBiaBia\
BiaAAAAAAAAABiaAAAAAABiaBiaBiaBiaBiaBiaAAABiaBiaBiaBiaBiaBiaBiaAAABiaBiaBiaBiaBiaBiaBiaBibBiaBiaBiaBicBiaBiaBiaBiaBiaBia\
BiaBiaBiaBiaBiaBidBieBiaBiaBiaAAABifAAAAAAAAAAAAAAAAAAAAAAAAAAABigAAAAAAAAAAAAAAAAAAAAAAAABihBiiBiiBiiBiiBiiBiiBiiBiiBii\
BiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBiiBijBiiBiiBiiBiiAAABikBilBilAAAAAAAAAAAAAAAAAAAAABimAAAAAAAAAAAAAAAAAAAAAAAA\
BinAAABioAAAAAAAAAAAAAAAAAAAAABipBipBipAAAAAAAAABipAAAAAAAAABiqBiqBiqBiqBiqBiqBiqBiqBiqBiqBiqBiqAAAAAAAAAAAAAAAAAAAAAAAA\
BiqBiqBiqBiqAAAAAABiqBiqBiqBiqBiqBiqBiqBiqAAAAAAAAAAAAAAAAAABiqBiqBiqBiqBiqAAAAAAAAAAAAAAABirBisBitAAAAAAAAAAAAAAAAAAAAA\
BiuBivBiwBixBiyAAABizBi0AAABi1Bi2Bi2Bi2Bi2Bi2Bi2Bi2Bi2Bi2Bi2Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi4Bi4Bi4Bi4Bi4Bi3Bi3Bi3Bi3Bi3\
Bi5AAAAAAAAABi5Bi5AAAAAABi5AAAAAAAAAAAAAAABi5Bi5AAAAAABi5AAABi5Bi5Bi5Bi5Bi5Bi5Bi5Bi5Bi5Bi5Bi6Bi6Bi6Bi6Bi6Bi6Bi6Bi6Bi6Bi6\
Bi7Bi7Bi7Bi7Bi7Bi7Bi7Bi7Bi7Bi7Bi8Bi8Bi8Bi8Bi8Bi8Bi8Bi8Bi8Bi8Bi9Bi9Bi9Bi9Bi9Bi9Bi9Bi9Bi9Bi9Bi+AAAAAABi/AAAAAABjAAAABjBAAA\
AAABjCAAAAAAAAAAAAAAABjDAAAAAAAAAAAABjEAAAAAAAAAAAAAAAAAAAAAAAABjFBjBAAAAAAAAAAAAAAAAAAAAAAAAAAABi+AAAAAABjAAAABjBBi+AAA\
AAABjAAAAAAAAAAAAABjGAAAAAAAAABjCAAABi+AAAAAAAAABjCAAAAAAAAAAAAAAABjCAAAAAAAAAAAAAAAAAABjCAAAAAABjHAAAAAAAAAAAAAAAAAAAAA\
BjIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjBAAAAAAAAAAAABjJBjJBjJBjJBjJBjJBjJBjJBjJBjJBjKBjKBjKBjKBjKBjKBjKBjKBjKBjK\
BjLBjLBjLBjLBjLBjLBjLBjLBjLBjLBjMBjMBjMBjMBjMBjMBjMBjMBjMBjMBjNBjNBjNBjNBjNBjNBjNBjNBjNBjNBjOBjOBjOBjOBjOBjOBjOBjOBjOBjO\
BjPBjPBjPBjPBjPBjPBjPBjPBjPBjPBjQBjQBjQBjQBjQBjQBjQBjQBjQBjQAAAAAABjRAAAAAAAAAAAAAAAAAAAAAAAABjRAAAAAAAAAAAAAAAAAAAAAAAA\
BjRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjRAAAAAAAAAAAAAAAAAAAAAAAABjRAAAAAAAAAAAAAAAAAAAAABjRAAAAAAAAA\
AAAAAAAAABjRAAAAAAAAAAAAAAAAAABjRBjRBjRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjRAAAAAAAAAAAAAAABjRBjRBjRBjRBjRBjRBjRBjRBjRBjR\
AAAAAABjRBjRAAAAAAAAAAAAAAAAAABjSBjSBjSBjSBjSBjSBjSBjSBjSBjSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3Bi3\
BjTBjTBjTBjTBjTBjTBjTBjTBjTBjTBioBioBioBioBioBioBioBioBioBioBjUBjUBjUBjUBjUBjUBjUBjUBjUBjUBjVBjVBjVBjVBjVBjVBjVBjVBjVBjV\
BjWBjWBjWBjWBjWBjWBjWBjWBjWBjWBjXBjXBjXBjXBjXBjXBjXBjXBjXBjXBjYBjYBjYBjYBjYBjYBjYBjYBjYBjYBjZBjZBjZBjZBjZBjZBjZBjZBjZBjZ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjaBjaBjaBjaBjaBjaBjaBjaBjaBjaBjbBjbBjbBjbBjbBjbBjbBjbBjbBjbBjcBjcBjcBjcBjcBjcBjcBjcBjcBjc\
Bi4Bi4Bi4Bi4Bi4Bi4Bi4Bi4Bi4Bi4BjdBjdBjdBjdBjdBjdBjdBjdBjdBjdBjeBjeBjeBjeBjeBjeBjeBjeBjeBjeBjfBjfBjfBjfBjfBjfBjfBjfBjfBjf\
BjgBjgBjgBjgBjgBjgBjgBjgBjgBjgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjhBjhBjhBjhBjhBjhBjhBjhBjhBjhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABjjAAAAAABjkAAAAAAAAABjlAAAAAAAAAAAABjmBjnAAAAAAAAABjoBjp\
BjqBjqBjqBjqBjrBjsBjqBjtBjuBjvAAAAAAAAAAAAAAABjwAAAAAAAAABjxBjyBjzBjzBjzBj0BjzBjzBjzBjzBjzAAAAAAAAAAAAAAABj1AAABj2AAAAAA\
Bj3AAAAAAAAAAAAAAAAAAAAAAAAAAABj4AAAAAAAAAAAAAAAAAAAAAAAAAAABj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5AAAAAAAAABj5AAAAAABj5Bj5Bj5\
Bj5Bj5Bj5AAABj5Bj5Bj5Bj5Bj5Bj5Bj5AAABj5Bj5Bj5Bj5Bj5Bj5Bj5Bj6Bj5Bj5Bj5Bj7Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj5Bj8Bj9Bj5Bj5Bj5\
AAABj+AAAAAAAAAAAAAAAAAAAAAAAAAAABj/AAAAAAAAAAAAAAAAAAAAAAAABkABkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkBBkB\
BkBBkBBkBBkBBkBBkCBkBBkBBkBBkBAAABkDBkEBkEAAAAAAAAAAAAAAAAAAAAABkFAAAAAAAAAAAAAAAAAAAAAAAABkGAAABkHAAAAAAAAAAAAAAAAAAAAA\
BkIBkIBkIAAAAAAAAABkIAAAAAAAAABkJBkJBkJBkJBkJBkJBkJBkJBkJBkJBkJBkJAAAAAAAAAAAAAAAAAAAAAAAABkJBkJBkJBkJAAAAAABkJBkJBkJBkJ\
BkJBkJBkJBkJAAAAAAAAAAAAAAAAAABkJBkJBkJBkJBkJAAAAAAAAAAAAAAABkKBkLBkMAAAAAAAAAAAAAAAAAAAAABkNBkOBkPBkQBkRAAABkSBkTAAABkU\
BkVBkVBkVBkVBkVBkVBkVBkVBkVBkVBkWBkWBkWBkWBkWBkWBkWBkWBkWBkWBkXBkXBkXBkXBkXBkWBkWBkWBkWBkWBkYAAAAAAAAABkYBkYAAAAAABkYAAA\
AAAAAAAAAAAABkYBkYAAAAAABkYAAABkYBkYBkYBkYBkYBkYBkYBkYBkYBkYBkZBkZBkZBkZBkZBkZBkZBkZBkZBkZBkaBkaBkaBkaBkaBkaBkaBkaBkaBka\
BkbBkbBkbBkbBkbBkbBkbBkbBkbBkbBkcBkcBkcBkcBkcBkcBkcBkcBkcBkcBkdAAAAAABkeAAABkfAAAAAABkgAAAAAABkhAAAAAABkiAAAAAABkjAAAAAA\
AAAAAABkkBkjAAAAAAAAAAAAAAAAAABklAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkdAAABkfAAAAAABkgBkdAAABkfAAAAAAAAAAAAAAABkmAAAAAAAAA\
AAABkkBkiAAAAAAAAAAAABkjAAAAAAAAAAAAAAAAAAAAABkiAAAAAAAAABkhAAAAAAAAAAAABknAAAAAAAAAAAAAAABkoBkpAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAABkgAAAAAAAAAAAABkqBkqBkqBkqBkqBkqBkqBkqBkqBkqBkrBkrBkrBkrBkrBkrBkrBkrBkrBkrBksBksBksBksBksBksBksBksBksBks\
BktBktBktBktBktBktBktBktBktBktBkuBkuBkuBkuBkuBkuBkuBkuBkuBkuBkvBkvBkvBkvBkvBkvBkvBkvBkvBkvBkwBkwBkwBkwBkwBkwBkwBkwBkwBkw\
BkxBkxBkxBkxBkxBkxBkxBkxBkxBkxAAABkyAAAAAAAAAAAAAAAAAAAAAAAABkyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABky\
AAAAAAAAAAAAAAAAAAAAAAAABkyAAAAAAAAAAAAAAAAAAAAAAAABkyAAAAAAAAAAAAAAAAAAAAAAAABkyAAAAAAAAAAAAAAAAAAAAAAAABkyAAAAAAAAAAAA\
AAAAAABkyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkyBkyBkyBkyAAAAAAAAABkyAAAAAAAAAAAAAAAAAABkyBkyBkyBkyBkyBkyBkyBkyBkyBky\
BkyBkyAAAAAAAAAAAAAAAAAAAAAAAABkyBkyBkyAAAAAAAAAAAAAAAAAAAAABkzBkzBkzBkzBkzBkzBkzBkzBkzBkzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BkWBkWBkWBkWBkWBkWBkWBkWBkWBkWBk0Bk0Bk0Bk0Bk0Bk0Bk0Bk0Bk0Bk0BkHBkHBkHBkHBkHBkHBkHBkHBkHBkHBk1Bk1Bk1Bk1Bk1Bk1Bk1Bk1Bk1Bk1\
Bk2Bk2Bk2Bk2Bk2Bk2Bk2Bk2Bk2Bk2Bk3Bk3Bk3Bk3Bk3Bk3Bk3Bk3Bk3Bk3Bk4Bk4Bk4Bk4Bk4Bk4Bk4Bk4Bk4Bk4Bk5Bk5Bk5Bk5Bk5Bk5Bk5Bk5Bk5Bk5\
Bk6Bk6Bk6Bk6Bk6Bk6Bk6Bk6Bk6Bk6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABk7Bk7Bk7Bk7Bk7Bk7Bk7Bk7Bk7Bk7Bk8Bk8Bk8Bk8Bk8Bk8Bk8Bk8Bk8Bk8\
Bk9Bk9Bk9Bk9Bk9Bk9Bk9Bk9Bk9Bk9BkXBkXBkXBkXBkXBkXBkXBkXBkXBkXBk+Bk+Bk+Bk+Bk+Bk+Bk+Bk+Bk+Bk+Bk/Bk/Bk/Bk/Bk/Bk/Bk/Bk/Bk/Bk/\
BlABlABlABlABlABlABlABlABlABlABlBBlBBlBBlBBlBBlBBlBBlBBlBBlBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABlCBlCBlCBlCBlCBlCBlCBlCBlCBlC\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABlEBlFBlGBlHBlIBlJBlKBlLBlMBlN\
BlOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABlPAAABlQAAAAAAAAABlRBlSBlTBlUBlTBlVBlWBlXBlYAAABlZBlYBlaBlbBlYBlcBldBlXAAA\
BleBlfBlgBlhBliBljBlkBllBlmAAAAAABlnBloBlpBlqBlrBlYAAAAAAAAAAAABlsBlXBltBlWBlXAAAAAAAAAAAABluBlvBlvBlXBlYBlvBlXBlwAAAAAA\
BlxBlyBlyBlyAAABlyBlyBlyBlyBlyBlzBl0Bl1AAAAAABl2Bl3Bl4Bl5AAAAAABl6AAAAAAAAAAAAAAABl7AAAAAABl8AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAABl9AAAAAABl+Bl/Bl+Bl+Bl+BmABl+Bl+Bl+Bl+BmBBmBBmBBmBBmBBmBBmBBmBBmBBmBAAABlZBlZBlZBlZAAAAAAAAAAAAAAA\
Bl+Bl+Bl+Bl+Bl+Bl+Bl+Bl+Bl+Bl+BlZBlZBlZBlZBlZBlZBlZBlZBlZAAAAAABlZBlZBlZBlZBlZBlZAAAAAAAAABlZBlZBlZBlZBlZBlZBlZBlZBlZBlZ\
AAABlZBlZBlZBlZBlZBlZBlZBlZAAABmCBmCBmCBmCBmCBmCBmCBmCBmCBmCAAABlZBlZBlZBlZBlZBlZAAABlZAAAAAABlZBlZBlZAAAAAAAAAAAAAAAAAA\
AAABlZBlZBlZAAABlZBlZAAABlZAAABlZBlZBlZBlZBlZAAABlZAAAAAABlZAAABlZBlZBlZBlZBlZAAAAAABlZBlZBlZBlZAAABlZBlZAAAAAABlZBlZBlZ\
BlZBlZBlZBlZAAAAAABlZBlZBlZAAABlZBlZBlZAAABlZBlZBlZAAABlZAAAAAAAAAAAABlZAAAAAAAAAAAAAAAAAAAAABlZBlZBlZAAAAAAAAABlZBlZAAA\
AAABlZBlZBlZBlZBlZAAAAAAAAAAAAAAABlZAAABlZBlZAAAAAAAAAAAAAAAAAABlZBlZAAABlZBlZAAAAAAAAAAAAAAABlZBlZBlZAAABlZBlZBlZBlZBlZ\
AAAAAABlZAAAAAABlZBlZBlZBlZAAAAAABlZBlZAAABlZBlZBlZBlZBlZBlZAAABlZBlZBlZAAABlZAAAAAABlZBlZAAABlZBlZBlZBlZAAABlZAAAAAAAAA\
BmCBmCBmCBmCBmCBmCBmCBmCBmCBmDAAABlZBlZBlZBlZBlZBlZAAAAAABlZAAAAAABlZAAAAAAAAAAAAAAAAAAAAAAAABlZBlZBlZBlZBlZBlZBlZBlZBlZ\
BlZBlZBlZBlZAAAAAABlZBlZBlZBlZBmEAAAAAAAAABmFAAAAAABmGAAABmHBmIBmIBmIBmIBmIBmIBmIBmIBmIBmIAAABlZBlZAAAAAAAAAAAAAAAAAAAAA\
BlZBlZAAABlZBlZBlZBlZBlZBlZAAABlZBlZBlZBlZBlZAAAAAABlZAAABlZAAABlZBlZAAAAAABlZBlZBlZBlZAAAAAAAAABlZBlZAAAAAABlZBlZAAABlZ\
AAABlZAAAAAAAAABlZAAAAAAAAABlZBlZBlZAAABlZBlZAAABlZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABmJAAAAAAAAAAAAAAAAAAAAAAAAAAABmKAAA\
BmLAAAAAAAAAAAAAAAAAAAAAAAAAAABmEBmEBmEBmEBmEBmEBmEBmEBmEBmEBmMBmMBmMBmMBmMBmMBmMBmMBmMBmMBmMBmMBmMBmMBmNBmMBmMBmMBmMBmM\
BmOBmMBmMBmMBmMBmMBmMBmMBmMBmMBmPBmPBmPBmPBmPBmPBmPBmPBmPBmPBmQBmQBmQBmQBmQBmQBmQBmQBmQBmQBmRBmRBmRBmRBmRBmRBmRBmRBmRBmR\
BmSBmSBmSBmSBmSBmSBmSBmSBmSBmSBmTBmTBmTBmTBmTBmTBmTBmTBmTBmTAAABmUAAAAAAAAAAAAAAAAAAAAAAAABmVBmVBmVBmVBmVBmVBmVBmVBmVBmV\
BmWBmWBmWBmWBmWBmWBmWBmWBmWBmWBmXAAAAAAAAAAAAAAAAAAAAAAAAAAABmYAAAAAAAAAAAAAAAAAAAAAAAAAAABmZBmZBmZBmZBmZBmZBmZBmZBmZBmZ\
BmaBmaBmaBmaBmaBmaBmaBmaBmaBmaBmbBmbBmbBmbBmbBmbBmbBmbBmbBmbBmcBmaBmaBmaBmaBmaBmaBmaBmaBmaBmcBmcBmcBmcBmcBmcBmcBmcBmcBmc\
BmdBmdBmdBmdBmdBmdBmdBmdBmdBmdBmeBmeBmeBmeBmeBmeBmeBmeBmeBmeBmfBmfBmfBmfBmfBmfBmfBmfBmfBmfBmgBmgBmgBmgBmgBmgBmgBmgBmgBmg\
BmhBmhBmhBmhBmhBmhBmhBmhBmhBmhBmiBmiBmiBmiBmiBmiBmiBmiBmiBmiBmjBmjBmjBmjBmjBmjBmjBmjBmjBmjAAAAAAAAABmkAAAAAAAAAAAAAAAAAA\
AAAAAAAAABmlAAAAAAAAAAAAAAAAAABmmBmmBmmBmmBmmBmmBmmBmmBmmBmmBmnBmnBmnBmnBmnBmnBmnBmnBmnBmnBmoBmoBmoBmoBmoBmoBmoBmoBmoBmo\
BmpBmpBmpBmpBmpBmpBmpBmpBmpBmpBmqBmqBmqBmqBmqBmqBmqBmqBmqBmqBmrBmrBmrBmrBmrBmrBmrBmrBmrBmrBmsBmsBmsBmsBmsBmsBmsBmsBmsBms\
BmtBmtBmtBmtBmtBmtBmtBmtBmtBmtBmuBmuBmuBmuBmuBmuBmuBmuBmuBmuBmvBmvBmvBmvBmvBmvBmvBmvBmvBmvBmwBmwBmwBmwBmwBmwBmwBmwBmwBmw\
BmxBmxBmxBmxBmxBmxBmxBmxBmxBmxBmyBmyBmyBmyBmyBmyBmyBmyBmyBmyBmzBmzBmzBmzBmzBmzBmzBmzBmzBmzBm0Bm0Bm0Bm0Bm0Bm0Bm0Bm0Bm0Bm0\
Bm1Bm1Bm1Bm1Bm1Bm1Bm1Bm1Bm1Bm1Bm2Bm2Bm2Bm2Bm2Bm2Bm2Bm2Bm2Bm2Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm4Bm4Bm4Bm4Bm4Bm4Bm4Bm4Bm4Bm4\
Bm5Bm5Bm5Bm5Bm5Bm5Bm5Bm5Bm5Bm5Bm6Bm6Bm6Bm6Bm6Bm6Bm6Bm6Bm6Bm6BmLBmLBmLBmLBmLBmLBmLBmLBmLBmLBm7Bm7Bm7Bm7Bm7Bm7Bm7Bm7Bm7Bm7\
Bm8Bm8Bm8Bm8Bm8Bm8Bm8Bm8Bm8Bm8Bm9Bm9Bm9Bm9Bm9Bm9Bm9Bm9Bm9Bm9Bm+Bm+Bm+Bm+Bm+Bm+Bm+Bm+Bm+Bm+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/Bm/BnABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnABnA\
Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3Bm3BnBBnBBnBBnBBnBBnBBnBBnBBnBBnBBnCBnCBnCBnCBnCBnCBnCBnCBnCBnCBnDBnDBnDBnDBnDBnDBnDBnDBnDBnD\
BnEBnEBnEBnEBnEBnEBnEBnEBnEBnEBnFBnFBnFBnFBnFBnFBnFBnFBnFBnFBnGBnGBnGBnGBnGBnGBnGBnGBnGBnGBnHBnHBnHBnHBnHBnHBnHBnHBnHBnH\
BnHBnHBnHBnHBnHBnHBnHBnHBnHBnHBnIBnIBnIBnIBnIBnIBnIBnIBnIBnIBnJBnJBnJBnJBnJBnJBnJBnJBnJBnJBnKBnKBnKBnKBnKBnKBnKBnKBnKBnK\
BnLBnLBnLBnLBnLBnLBnLBnLBnLBnLBnMBnMBnMBnMBnMBnMBnMBnMBnMBnMBnNBnNBnNBnNBnNBnNBnNBnNBnNBnNBnOBnOBnOBnOBnOBnOBnOBnOBnOBnO\
BnPBnPBnPBnPBnPBnPBnPBnPBnPBnPBnQBnQBnQBnQBnQBnQBnQBnQBnQBnQBnRBnRBnRBnRBnRBnRBnRBnRBnRBnRBnSBnSBnSBnSBnSBnSBnSBnSBnSBnS\
BnTBnTBnTBnTBnTBnTBnTBnTBnTBnTBnUBnUBnUBnUBnUBnUBnUBnUBnUBnUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABnVBnVBnVBnVBnVBnVBnVBnVBnVBnVBnWBnWBnWBnWBnWBnWBnWBnWBnWBnW\
BnXBnXBnXBnXBnXBnXBnXBnXBnXBnXBnYBnYBnYBnYBnYBnYBnYBnYBnYBnYBnZBnZBnZBnZBnZBnZBnZBnZBnZBnZBnPBnPBnPBnPBnPBnPBnPBnPBnPBnP\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABnaBnaBnaBnaBnaBnaBnaBnaBnaBnaBnBBnBBnBBnBBnBBnBBnBBnBBnBBnBAAABncBndBneBnfBngBnhBniBnjBnk\
AAAAAAAAAAAAAAAAAAAAAAAABnlAAABnmBnmBnmBnnBnnBnnBnnBnnBnnBnmAAAAAABnoBnoBnoBnoBnoAAABnoAAAAAAAAABnoBnoBnoBnoBnoBnoBnoBno\
AAAAAABnoBnoBnoBnoBnoAAAAAAAAAAAAAAABnoBnoBnoBnoAAAAAABnoAAAAAAAAABnoAAABnoBnoAAABnoBnoAAAAAABnpBnoBnoBnoBnoBnoBnoBnqBnr\
BnsBntBnuBnuBnvBnuBnuBnuBnwBnxBnyAAAAAAAAAAAAAAAAAAAAAAAAAAABnzBnzBnzBnzBnzBnzBnzBnzBnzBnzBn0Bn0Bn0Bn0Bn0Bn0Bn0Bn0Bn0Bn0\
Bn1Bn1Bn1Bn1Bn1Bn1Bn1Bn1Bn1Bn1AAAAAAAAABn2AAAAAAAAABn2AAAAAABn1Bn1Bn3Bn1Bn4Bn1Bn1Bn1Bn1Bn1AAAAAAAAAAAAAAABn2Bn2Bn2Bn2AAA\
AAAAAAAAAAAAAAABn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2AAABn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2AAAAAABn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2\
AAABn2AAABn2AAABn2Bn2Bn2Bn2Bn2AAABn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn2Bn5AAAAAAAAAAAAAAAAAAAAAAAAAAABn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6\
Bn7Bn7Bn7Bn7Bn7Bn7Bn7Bn7Bn7Bn7Bn8Bn8Bn8Bn8Bn8Bn8Bn8Bn8Bn8Bn8Bn9Bn9Bn9Bn9Bn9Bn9Bn9Bn9Bn9Bn9Bn8Bn8Bn+Bn8Bn8Bn8Bn8Bn8Bn8Bn8\
Bn8Bn8Bn/Bn8Bn8Bn8Bn8Bn8Bn8Bn8BoABoABoABoABoABoABoABoABoABoABoBBoBBoBBoBBoBBoBBoBBoBBoBBoBBoCBoCBoCBoCBoCBoCBoCBoCBoCBoC\
BnmBnmBnmBnmBnmBnmBnmBnmBnmBnmBoDBoDBoDBoDBoDBoDBoDBoDBoDBoDBn/Bn/Bn/Bn/Bn/Bn/Bn/Bn/Bn/Bn/BoEBoEBoEBoEBoEBoEBoEBoEBoEBoE\
BoFBoFBoFBoFBoFBoFBoFBoFBoFBoFBoGBoGBoGBoGBoGBoGBoGBoGBoGBoGBoHBoHBoHBoHBoHBoHBoHBoHBoHBoHBoIBoIBoIBoIBoIBoIBoIBoIBoIBoI\
BoJBoJBoJBoJBoJBoJBoJBoJBoJBoJBoKBoKBoKBoKBoKBoKBoKBoKBoKBoKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6Bn6\
BoLBoLBoLBoLBoLBoLBoLBoLBoLBoLBoMBoMBoMBoMBoMBoMBoMBoMBoMBoMBoNBoNBoNBoNBoNBoNBoNBoNBoNBoNBoOBoOBoOBoOBoOBoOBoOBoOBoOBoO\
BoPBoPBoPBoPBoPBoPBoPBoPBoPBoPBoQBoQBoQBoQBoQBoQBoQBoQBoQBoQBoRBoRBoRBoRBoRBoRBoRBoRBoRBoRBoGBoGBoGBoGBoGBoGBoGBoGBoGBoG\
BoSBoSBoSBoSBoSBoSBoSBoSBoSBoSBoTBoTBoTBoTBoTBoTBoTBoTBoTBoTBoUBoUBoUBoUBoUBoUBoUBoUBoUBoUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BoVBoVBoVBoVBoVBoVBoVBoVBoVBoVBoWBoWBoWBoWBoWBoWBoWBoWBoWBoWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoYBoZBoaBobBocBodBoeBofBog\
AAABohAAABohBohBohAAABohBohBohBoiBojBoiAAABokAAABolBomBoiBoiAAAAAABonBonBonBonBonBonAAABonAAAAAABonBonBonBonBonBonBonBon\
BooAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABonBonAAABonBonBonBonBonBopAAABonBonBonBonAAABonBonBonBoqBorBosBotBouBovBowBoxAAABoy\
BozAAABonBonBonBonBonBonBonBonBo0Bo0Bo0Bo0Bo0Bo0Bo0Bo0Bo0Bo0BolBolBolBolBolBolBolBolBolBolBo1Bo1Bo1Bo1Bo1Bo1Bo1Bo1Bo1Bo1\
Bo2AAAAAAAAAAAAAAAAAAAAAAAAAAABo3Bo3Bo3Bo3Bo3Bo3Bo3Bo3Bo3Bo3BolBolBolBolBolBo1BolBolBolBolBo2Bo2Bo2Bo2Bo2Bo2Bo2Bo2Bo2Bo2\
Bo4AAAAAABo5AAAAAABo6Bo7Bo8AAABo9Bo9Bo9Bo9Bo9Bo9Bo9Bo9Bo9Bo9Bo+Bo+Bo+Bo+Bo+Bo+Bo+Bo+Bo+Bo+AAABo/AAAAAAAAAAAABo/Bo/Bo/Bo/\
AAAAAABo/AAAAAAAAAAAAAAAAAAAAABo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/AAAAAAAAABo/Bo/AAAAAAAAAAAAAAAAAAAAAAAABo/Bo/AAAAAAAAABo/\
AAAAAABo/Bo/AAABo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/Bo/AAABo/AAABo/AAABo/Bo/AAAAAAAAAAAAAAAAAAAAAAAAAAABpABpABpABpABpABpABpABpABpABpA\
BpBBpBBpBBpBBpBBpBBpBBpBBpBBpBBpCBpCBpCBpCBpCBpCBpCBpCBpCBpCBpDBpDBpDBpDBpDBpDBpDBpDBpDBpDBpEBpEBpEBpEBpEBpEBpEBpEBpEBpE\
BpFAAAAAAAAAAAAAAAAAAAAABpFAAABpFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABpFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABpFAAAAAA\
BpGBpGBpGBpGBpGBpGBpGBpGBpHBpGBpIBpIBpIBpIBpIBpIBpIBpIBpIBpIBpJBpJBpJBpJBpJBpJBpJBpJBpJBpJBpKBpKBpKBpKBpKBpKBpKBpKBpKBpK\
BpLBpLBpLBpLBpLBpLBpLBpLBpLBpLBpMBpMBpMBpMBpMBpMBpMBpMBpMBpMBpNBpNBpNBpNBpNBpNBpNBpNBpNBpNBpOBpOBpOBpOBpOBpOBpOBpOBpOBpO\
BpPBpPBpPBpPBpPBpPBpPBpPBpPBpPBpQBpQBpQBpQBpQBpQBpQBpQBpQBpQBpRBpRBpRBpRBpRBpRBpRBpRBpRBpRBpSBpSBpSBpSBpSBpSBpSBpSBpSBpS\
BpTBpTBpTBpTBpTBpTBpTBpTBpTBpTBpUBpUBpUBpUBpUBpUBpUBpUBpUBpUBpVBpVBpVBpVBpVBpVBpVBpVBpVBpVBpWBpWBpWBpWBpWBpWBpWBpWBpWBpW\
BpXBpXBpXBpXBpXBpXBpXBpXBpXBpXBpYBpYBpYBpYBpYBpYBpYBpYBpYBpYBpZBpZBpZBpZBpZBpZBpZBpZBpZBpZBpaBpaBpaBpaBpaBpaBpaBpaBpaBpa\
BpbBpbBpbBpbBpbBpbBpbBpbBpbBpbBpcBpcBpcBpcBpcBpcBpcBpcBpcBpcBpdBpdBpdBpdBpdBpdBpdBpdBpdBpdBpeBpeBpeBpeBpeBpeBpeBpeBpeBpe\
BpfBpfBpfBpfBpfBpfBpfBpfBpfBpfBpgBpgBpgBpgBpgBpgBpgBpgBpgBpgBphBphBphBphBphBphBphBphBphBphBpFBpFBpFBpFBpFBpFBpFBpFBpFBpF\
BpiBpiBpiBpiBpiBpiBpiBpiBpiBpiBpjBpjBpjBpjBpjBpjBpjBpjBpjBpjBpkBpkBpkBpkBpkBpkBpkBpkBpkBpkBplBplBplBplBplBplBplBplBplBpl\
BpmBpmBpmBpmBpmBpmBpmBpmBpmBpmBpnBpnBpnBpnBpnBpnBpnBpnBpnBpnBpoBpoBpoBpoBpoBpoBpoBpoBpoBpoBppBppBppBppBppBppBppBppBppBpp\
BpqBpqBpqBpqBpqBpqBpqBpqBpqBpqBprBprBprBprBprBprBprBprBprBprBpsBpsBpsBpsBpsBpsBpsBpsBpsBpsBptBptBptBptBptBptBptBptBptBpt\
BpuBpuBpuBpuBpuBpuBpuBpuBpuBpuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpvBpv\
BpwBpwBpwBpwBpwBpwBpwBpwBpwBpwBpxBpxBpxBpxBpxBpxBpxBpxBpxBpxBpyBpyBpyBpyBpyBpyBpyBpyBpyBpyBpzBpzBpzBpzBpzBpzBpzBpzBpzBpz\
BpuBpuBpuBpuBpuBpuBpuBpuBpuBpuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABp0Bp0Bp0Bp0Bp0Bp0Bp0Bp0Bp0Bp0Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1\
Bp2Bp2Bp2Bp2Bp2Bp2Bp2Bp2Bp2Bp2Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp1Bp3Bp3Bp3Bp3Bp3Bp3Bp3Bp3Bp3Bp3Bp4Bp4Bp4Bp4Bp4Bp4Bp4Bp4Bp4Bp4\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABp5Bp5Bp5Bp5Bp5Bp5Bp5Bp5Bp5Bp5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABp6Bp6Bp6Bp6Bp6Bp6Bp6Bp6Bp6Bp6\
BplBplBplBplBplBplBplBplBplBplAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABp8AAABp9AAAAAABp+Bp/BqABqB\
AAAAAAAAAAAAAAAAAAAAAAAABqCBqDAAABqEBqEAAAAAAAAAAAAAAAAAAAAABqFBqFBqFBqFBqFBqFBqGBqFBqFBqHBqIAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BqJBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKBqKAAABqLAAAAAAAAAAAAAAAAAAAAAAAAAAABqMAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BqNBqNBqNBqNBqNBqNBqNBqNBqNBqNBqOBqOBqOBqOBqOBqOBqOBqOBqOBqOBqOBqOBqPBqOBqOBqOBqNBqOBqOBqOBqOBqOBqOBqOAAABqOBqOBqOBqOBqO\
BqQAAAAAAAAAAAAAAAAAAAAAAAAAAABqRBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqSBqRAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BqTAAAAAAAAAAAAAAAAAAAAAAAAAAABqUBqUBqUBqUBqUBqUBqUBqUBqUBqUBqVBqVBqVBqVBqVBqVBqVBqVBqVBqVBqVBqVBqVAAABqVBqVBqVBqVBqVBqV\
BqWAAAAAAAAAAAAAAAAAAAAAAAAAAABqXBqXBqXBqXBqXBqXBqXBqXBqXBqXBqYBqYBqYBqYBqYBqYBqYBqYBqYBqYBqZBqZBqZBqZBqZBqZBqZBqZBqZBqZ\
BqaBqaBqaBqaBqaBqaBqaBqaBqaBqaBqbBqbBqbBqbBqbBqbBqbBqbBqbBqbBqcBqcBqcBqcBqcBqcBqcBqcBqcBqcBqdBqdBqdBqdBqdBqdBqdBqdBqdBqd\
BqeBqeBqeBqeBqeBqeBqeBqeBqeBqeBqfBqfBqfBqfBqfBqfBqfBqfBqfBqfBqgBqgBqgBqgBqgBqgBqgBqgBqgBqgBqhBqhBqhBqhBqhBqhBqhBqhBqhBqh\
BqiBqiBqiBqiBqiBqiBqiBqiBqiBqiBqjBqjBqjBqjBqjBqjBqjBqjBqjBqjBqkBqkBqkBqkBqkBqkBqkBqkBqkBqkBqlBqlBqlBqlBqlBqlBqlBqlBqlBql\
BqmBqmBqmBqmBqmBqmBqmBqmBqmBqmBqnBqnBqnBqnBqnBqnBqnBqnBqnBqnBqoBqoBqoBqoBqoBqoBqoBqoBqoBqoBqpBqpBqpBqpBqpBqpBqpBqpBqpBqp\
BqqBqqBqqBqqBqqBqqBqqBqqBqqBqqBqrBqrBqrBqrBqrBqrBqrBqrBqrBqrBqsBqsBqsBqsBqsBqsBqsBqsBqsBqsBqtBqtBqtBqtBqtBqtBqtBqtBqtBqt\
BquBquBquBquBquBquBquBquBquBquBqvBqvBqvBqvBqvBqvBqvBqvBqvBqvBqwBqwBqwBqwBqwBqwBqwBqwBqwBqwBqxBqxBqxBqxBqxBqxBqxBqxBqxBqx\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABqyBqyBqyBqyBqyBqyBqyBqyBqyBqyBqzBqzBqzBqzBqzBqzBqzBqzBqzBqz\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABq0Bq0Bq0Bq0Bq0Bq0Bq0Bq0Bq0Bq0Bq1Bq1Bq1Bq1Bq1Bq1Bq1Bq1Bq1Bq1Bq2Bq2Bq2Bq2Bq2Bq2Bq2Bq2Bq2Bq2\
Bq3Bq3Bq3Bq3Bq3Bq3Bq3Bq3Bq3Bq3Bq4Bq4Bq4Bq4Bq4Bq4Bq4Bq4Bq4Bq4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABq6Bq7Bq8Bq9Bq+Bq/BrABrBBrCBrCBrDAAAAAAAAAAAAAAAAAAAAAAAAAAABrEAAAAAAAAABrFAAABrEAAABrGBrH\
BrEBrEBrEBrEBrEBrEBrEBrEBrEBrEAAAAAABrEBrEBrEBrEBrEBrEBrEBrEAAAAAABrEBrEBrEBrEAAAAAAAAAAAAAAAAAABrEBrEBrEBrEBrEAAAAAAAAA\
BrIBrFBrFBrFBrFBrFBrFBrJBrIAAAAAAAAAAAABrEBrEBrEBrEBrEAAAAAABrFBrFBrFBrFBrFBrFBrFBrFBrFBrFAAABrKAAAAAAAAAAAAAAAAAAAAAAAA\
BrLBrLBrLBrLBrLBrLBrLBrLBrLBrLBrMBrMBrMBrMBrMBrMBrMBrMBrMBrMBrNBrLBrLBrLBrLBrLBrLBrLBrLBrLBrOBrLBrLBrLBrLBrLBrLBrLBrLBrL\
BrPBrPBrPBrPBrPBrPBrPBrPBrPBrPAAABrQBrRBrSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABrTAAABrUBrUBrUBrUBrUBrUBrUBrUBrUBrU\
BrVBrVBrVBrVBrVBrVBrVBrVBrVBrVBrWBrUBrUBrUBrUBrUBrUBrUBrUBrUBrXBrUBrUBrUBrUBrUBrUBrUBrUBrUBrYBrYBrYBrYBrYBrYBrYBrYBrYBrY\
BrVBrVBrVBrVBrVBrVBrVBrVBrVAAAAAAAAAAAAAAABrVBrVBrVBrVAAAAAAAAABrVBrVBrVBrVBrVBrVAAAAAAAAABrZAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BraBraBraBraBraBraBraBraBraBraBrbBrbBrbBrbBrbBrbBrbBrbBrbBrbBrcBrcBrcBrcBrcBrcBrcBrcBrcBrcBrdBrdBrdBrdBrdBrdBrdBrdBrdBrd\
BreBreBreBreBreBreBreBreBreBreBrfAAAAAAAAAAAAAAAAAAAAAAAAAAABrgBrgBrgBrgBrgBrgBrgBrgBrgBrgBrhBrhBrhBrhBrhBrhBrhBrhBrhBrh\
BriBriBriBriBriBriBriBriBriBriBrjBrjBrjBrjBrjBrjBrjBrjBrjBrjBrkBrkBrkBrkBrkBrkBrkBrkBrkBrkBrlBrlBrlBrlBrlBrlBrlBrlBrlBrl\
BrmBrmBrmBrmBrmBrmBrmBrmBrmBrmBrnBrnBrnBrnBrnBrnBrnBrnBrnBrnBroBroBroBroBroBroBroBroBroBroBrpBrpBrpBrpBrpBrpBrpBrpBrpBrp\
BrqBrqBrqBrqBrqBrqBrqBrqBrqBrqBrrBrrBrrBrrBrrBrrBrrBrrBrrBrrBrsBrsBrsBrsBrsBrsBrsBrsBrsBrsBrtBrtBrtBrtBrtBrtBrtBrtBrtBrt\
BruBruBruBruBruBruBruBruBruBruBrvBrvBrvBrvBrvBrvBrvBrvBrvBrvBrwBrwBrwBrwBrwBrwBrwBrwBrwBrwBrxBrxBrxBrxBrxBrxBrxBrxBrxBrx\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABryBryBryBryBryBryBryBryBryBryBrzBrzBrzBrzBrzBrzBrzBrzBrzBrzBr0Br0Br0Br0Br0Br0Br0Br0Br0Br0\
Br1Br1Br1Br1Br1Br1Br1Br1Br1Br1Br2Br2Br2Br2Br2Br2Br2Br2Br2Br2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABr3Br3Br3Br3Br3Br3Br3Br3Br3Br3\
Br4Br4Br4Br4Br4Br4Br4Br4Br4Br4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABr5Br5Br5Br5Br5Br5Br5Br5Br5Br5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABrzBrzBrzBrzBrzBrzBrzBrzBrzBrzBr7Br8Br9Br+Br/BsABsBBsCBsDBsEBsFAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAABsGBsHBsIBsJBsKBsLBsMBsKBsNBsOAAABsPBsPBsPBsPBsPBsPBsPBsPAAABsPBsPBsPBsPBsPBsPBsPBsPBsPAAAAAABsPBsPBsPBsPBsQBsPBsPBsR\
BsSAAABsPBsPBsPBsPBsNBsTBsPBsPBsUBsPBsPBsPBsPBsPBsPBsPBsPBsPBsVAAABsPBsWBsXBsPBsPBsPBsPBsPBsYAAABsPBsMBsZBsNBsPBsPBsaBsP\
BsVAAABsPBsPBsPBsPBsNBsNBsPBsbAAAAAAAAABscAAAAAABsdBseBsfAAAAAAAAABsgBsgAAABsgBsgBsgBsgAAABshAAAAAABsgBsgBsgBsgAAAAAAAAA\
AAAAAAAAABsgBsgBsgBsgBsgBsgBsgAAAAAABsgBsgBsgBsgBsgAAAAAAAAAAAAAAABsgBsgBsgBsgBsgBsgBsgAAAAAAAAABsgBsgBsgBsgBsgBsgAAAAAA\
AAAAAABsgBsgBsgBsgBsgBsgBsgBsgAAABsgBsgBsgBsgBsgBsgBsgBsgBsgBsiBsiBsiBsiBsiBsiBsiBsiBsiBsiBsgBsgBsgBsgBsgBsgBsgBsgBsgBsg\
BsgAAABsgBsgBsgBsgBsgBsgBsgAAAAAAAAABsgBsgBsgBsgAAAAAAAAABsgAAABsjBsjBsjBsjBsjBsjBsjBsjBsjBskAAABsgBsgBsgBsgBsgBsgBsgAAA\
BslBsmBsmBsmBsmBsmBsmBsmBsmBsmAAABsnBsnBsnBsnBsnBsnBsnBsnBsnAAAAAAAAAAAABsgBsgBsgBsgBsgBsgBsgAAABsgBsgBsgBsgBsgBsgBsgBsg\
BsoBsnBsnBsnBsnBsnBsnBsnBsnBsnAAAAAAAAAAAAAAABsgBsgBsgBsgBsgBsgAAAAAABsgBsgBsgBsgBsgBsgBsgBspBsgBsgBsgBsgBsgBsgBsgBsgBsg\
AAAAAAAAAAAAAAAAAAAAABsqAAAAAAAAAAAAAAAAAAAAAAAABsqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsrBsqAAAAAAAAAAAAAAAAAAAAAAAAAAABssAAA\
BstBstBstBstBstBstBstBstBstBstBsuBsuBsuBsuBsuBsuBsuBsuBsuBsuBsvBsvBsvBsvBsvBsvBsvBsvBsvBsvBswBswBswBswBswBswBswBswBswBsw\
BsxBsxBsxBsxBsxBsxBsxBsxBsxBsxBsyBsyBsyBsyBsyBsyBsyBsyBsyBsyBszBszBszBszBszBszBszBszBszBszBs0Bs0Bs0Bs0Bs0Bs0Bs0Bs0Bs0Bs0\
BshBshBshBshBshBshBshBshBshBshBs1Bs1Bs1Bs1Bs1Bs1Bs1Bs1Bs1Bs1Bs2Bs2Bs2Bs2Bs2Bs2Bs2Bs2Bs2Bs2AAAAAAAAAAAAAAAAAAAAABs3AAAAAA\
AAAAAABs4AAAAAAAAAAAAAAAAAAAAABs5Bs5Bs5Bs5Bs5Bs5Bs5Bs5Bs5Bs5Bs6Bs6Bs6Bs6Bs6Bs6Bs6Bs6Bs6Bs6Bs7Bs7Bs7Bs7Bs7Bs7Bs7Bs7Bs7Bs7\
Bs8Bs8Bs8Bs8Bs8Bs8Bs8Bs8Bs8Bs8Bs9Bs9Bs9Bs9Bs9Bs9Bs9Bs9Bs9Bs9Bs+Bs+Bs+Bs+Bs+Bs+Bs+Bs+Bs+Bs+Bs/Bs/Bs/Bs/Bs/Bs/Bs/Bs/Bs/Bs/\
BtABtABtABtABtABtABtABtABtABtABtBBtBBtBBtBBtBBtBBtBBtBBtBBtBBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtDBtDAAAAAAAAABtEAAAAAABs6AAA\
AAABs6Bs6AAABs6Bs6AAAAAAAAAAAABtFBtFBtFBtFBtFBtFBtFBtFBtFBtFBtEBtEBtEBtEBtEBtEBtEBtEBtEBtEBtGBtGBtGBtGBtGBtGBtGBtGBtGBtG\
BtHBtHBtHBtHBtHBtHBtHBtHBtHBtHBtIBtIBtIBtIBtIBtIBtIBtIBtIBtIBtJBtJBtJBtJBtJBtJBtJBtJBtJBtJBtKBtKBtKBtKBtKBtKBtKBtKBtKBtK\
BtLBtLBtLBtLBtLBtLBtLBtLBtLBtLBtMBtMBtMBtMBtMBtMBtMBtMBtMBtMBtNBtNBtNBtNBtNBtNBtNBtNBtNBtNBtOBtOBtOBtOBtOBtOBtOBtOBtOBtO\
BtDBtDBtDBtDBtDBtDBtDBtDBtDBtDBtPBtPBtPBtPBtPBtPBtPBtPBtPBtPBtQBtQBtQBtQBtQBtQBtQBtQBtQBtQBtRBtRBtRBtRBtRBtRBtRBtRBtRBtR\
BtSBtSBtSBtSBtSBtSBtSBtSBtSBtSBtTBtTBtTBtTBtTBtTBtTBtTBtTBtTBtUBtUBtUBtUBtUBtUBtUBtUBtUBtUBtVBtVBtVBtVBtVBtVBtVBtVBtVBtV\
BtWBtWBtWBtWBtWBtWBtWBtWBtWBtWBtXBtXBtXBtXBtXBtXBtXBtXBtXBtXBtYBtYBtYBtYBtYBtYBtYBtYBtYBtYBtZBtZBtZBtZBtZBtZBtZBtZBtZBtZ\
BtaBtaBtaBtaBtaBtaBtaBtaBtaBtaBtbBtbBtbBtbBtbBtbBtbBtbBtbBtbBtcBtcBtcBtcBtcBtcBtcBtcBtcBtcBtdBtdBtdBtdBtdBtdBtdBtdBtdBtd\
BteBteBteBteBteBteBteBteBteBteBtfBtfBtfBtfBtfBtfBtfBtfBtfBtfBtgBtgBtgBtgBtgBtgBtgBtgBtgBtgBthBthBthBthBthBthBthBthBthBth\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABtiBtiBtiBtiBtiBtiBtiBtiBtiBtiBtjBtjBtjBtjBtjBtjBtjBtjBtjBtjBtkBtkBtkBtkBtkBtkBtkBtkBtkBtk\
BtlBtlBtlBtlBtlBtlBtlBtlBtlBtlBtmBtmBtmBtmBtmBtmBtmBtmBtmBtmBtnBtnBtnBtnBtnBtnBtnBtnBtnBtnBtoBtoBtoBtoBtoBtoBtoBtoBtoBto\
BtpBtpBtpBtpBtpBtpBtpBtpBtpBtpBtqBtqBtqBtqBtqBtqBtqBtqBtqBtqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABtrBtrBtrBtrBtrBtrBtrBtrBtrBtr\
BtsBtsBtsBtsBtsBtsBtsBtsBtsBtsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABttBttBttBttBttBttBttBttBttBtt\
BttBttBttBttBttBttBttBttBttBttAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABtuBtuBtuBtuBtuBtuBtuBtuBtuBtuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABtvBtvBtvBtvBtvBtvBtvBtvBtvBtvBtwBtwBtwBtwBtwBtwBtwBtwBtwBtw\
BtxBtxBtxBtxBtxBtxBtxBtxBtxBtxBtyBtyBtyBtyBtyBtyBtyBtyBtyBtyBtzBtzBtzBtzBtzBtzBtzBtzBtzBtzBtYBtYBtYBtYBtYBtYBtYBtYBtYBtY\
Bt1Bt2Bt3Bt4Bt5Bt6Bt7Bt8Bt9AAABt+AAAAAAAAAAAAAAAAAAAAAAAAAAABt/BuABuBAAAAAABuCBuDBuABuEBuAAAABuFBuFBuFBuFBuFBuFBuFBuFBuF\
BuGBuHBuHBuHAAAAAAAAAAAAAAAAAAAAABuHBuHBuHBuHAAAAAAAAAAAAAAABuIBuHBuHBuHBuHBuHAAAAAAAAAAAABuJBuHBuHBuHBuHAAAAAAAAAAAAAAA\
BuKAAAAAAAAAAAAAAAAAAAAAAAAAAABuGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABuLAAAAAAAAABuMAAAAAABuNBuNBuNBuNBuNBuOBuNBuNBuNBuN\
BuNBuNBuNBuNBuNBuNBuNBuNBuNBuNBuNBuNBuPBuNBuNBuNBuNBuNBuNBuNBuQBuQBuRBuSBuTBuQBuUBuVBuWBuXBuYBuNBuNBuNBuZBuNBuaBuYBubBuN\
BuYBuNBuNBucBuNBudBuNBueBuNBufBugBugBugBugBugBugBugBugBugBugBuhBuhBuhBuhBuhBuhBuhBuhBuhBuhAAABuiBuFBuFBuFBuFBuFBuFBuFBuF\
BujBujBujBujBujBujBujBujBujBujAAAAAABukBukBukBukBukBukBukBukBulBulBulBulBulBulBulBulBulBulBumAAAAAAAAAAAAAAABunAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAABuoBupBupBupBupBupBupBupBupBupBupBupBupBupBupBupBupBupBupBupBuqAAABupAAABupAAAAAAAAAAAAAAAAAA\
BurBurBurBurBurBurBurBurBurBurBurBurBusBurBurBurBurBurBurBurBurBurBurBusBurBurBurBurBurBurBurBurBurBurBusBurBurBurBurBur\
BurBurBurBurBurBurBusBurBurBurBurBurBurBurBurBurBurBusBurBurBurBurBurBurBurBurBurBurBusBurBurBurBurBurBurBurBurBurBurBus\
ButBupBupBupBupBupBupBupBupBupBupBupBupBupButBupBupBupBupBupButButBupBupBupBupButBupButBupBupBupBupBupBupBupBupBupButBup\
BupBupBupButBupBupBupBupBupBupBupBupBupBupBupButBupBupBupBupBupBupBupBupBupBupBupButBupBupBupBupBupBupBupBupBupBupBupBut\
BuuBuuBuuBuuBuuBuuBuuBuuBuuBuuBuvBuvBuvBuvBuvBuvBuvBuvBuvBuvBuwBuwBuwBuwBuwBuwBuwBuwBuwBuwBuxBuxBuxBuxBuxBuxBuxBuxBuxBux\
BuyBuyBuyBuyBuyBuyBuyBuyBuyBuyBuzBuzBuzBuzBuzBuzBuzBuzBuzBuzAAAAAAAAAAAAAAAAAAAAAAAABu0AAAAAAAAAAAAAAAAAAAAAAAAAAABuGAAA\
AAAAAAAAAAAAAAAAAAAAAAAABu1AAABu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2Bu2AAAAAAAAABu3Bu3Bu3Bu3Bu3Bu3Bu3Bu3Bu3Bu3\
Bu4Bu4Bu4Bu4Bu4Bu4Bu4Bu4Bu4Bu4Bu5Bu5Bu5Bu5Bu5Bu5Bu5Bu5Bu5Bu5Bu6Bu6Bu6Bu6Bu6Bu6Bu6Bu6Bu6Bu6Bu7Bu7Bu7Bu7Bu7Bu7Bu7Bu7Bu7Bu7\
Bu8Bu8Bu8Bu8Bu8Bu8Bu8Bu8Bu8Bu8Bu9Bu9Bu9Bu9Bu9Bu9Bu9Bu9Bu9Bu9Bu+Bu+Bu+Bu+Bu+Bu+Bu+Bu+Bu+Bu+Bu/Bu/Bu/Bu/Bu/Bu/Bu/Bu/Bu/Bu/\
BvABvABvABvABvABvABvABvABvABvABvBBvBBvBBvBBvBBvBBvBBvBBvBBvBBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvDBvDBvDBvDBvDBvDBvDBvDBvDBvD\
BvEBvEBvEBvEBvEBvEBvEBvEBvEBvEBvFBvFBvFBvFBvFBvFBvFBvFBvFBvFBvGBvGBvGBvGBvGBvGBvGBvGBvGBvGBvHBvHBvHBvHBvHBvHBvHBvHBvHBvH\
BvIBvIBvIBvIBvIBvIBvIBvIBvIBvIBvJBvJBvJBvJBvJBvJBvJBvJBvJBvJBvKBvKBvKBvKBvKBvKBvKBvKBvKBvKBvLBvLBvLBvLBvLBvLBvLBvLBvLBvL\
BvMBvMBvMBvMBvMBvMBvMBvMBvMBvMBvNBvNBvNBvNBvNBvNBvNBvNBvNBvNBvOBvOBvOBvOBvOBvOBvOBvOBvOBvOBvPBvPBvPBvPBvPBvPBvPBvPBvPBvP\
BvQBvQBvQBvQBvQBvQBvQBvQBvQBvQBvRBvRBvRBvRBvRBvRBvRBvRBvRBvRBvSBvSBvSBvSBvSBvSBvSBvSBvSBvSBvTBvTBvTBvTBvTBvTBvTBvTBvTBvT\
BvGBvGBvGBvGBvGBvGBvGBvGBvGBvGBvUBvUBvUBvUBvUBvUBvUBvUBvUBvUBvVBvVBvVBvVBvVBvVBvVBvVBvVBvVBvWBvWBvWBvWBvWBvWBvWBvWBvWBvW\
BvXBvXBvXBvXBvXBvXBvXBvXBvXBvXBvYBvYBvYBvYBvYBvYBvYBvYBvYBvYBvZBvZBvZBvZBvZBvZBvZBvZBvZBvZBvaBvaBvaBvaBvaBvaBvaBvaBvaBva\
BvbBvbBvbBvbBvbBvbBvbBvbBvbBvbBvcBvcBvcBvcBvcBvcBvcBvcBvcBvcBvdBvdBvdBvdBvdBvdBvdBvdBvdBvdBveBveBveBveBveBveBveBveBveBve\
BvfBvfBvfBvfBvfBvfBvfBvfBvfBvfBvgBvgBvgBvgBvgBvgBvgBvgBvgBvgBvhBvhBvhBvhBvhBvhBvhBvhBvhBvhBviBviBviBviBviBviBviBviBviBvi\
BvjBvjBvjBvjBvjBvjBvjBvjBvjBvjBvkBvkBvkBvkBvkBvkBvkBvkBvkBvkBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvlBvl\
BvkBvkBvkBvkBvkBvkBvkBvkBvkBvkBvmBvmBvmBvmBvmBvmBvmBvmBvmBvmBvnBvnBvnBvnBvnBvnBvnBvnBvnBvnBvoBvoBvoBvoBvoBvoBvoBvoBvoBvo\
BvpBvpBvpBvpBvpBvpBvpBvpBvpBvpBvqBvqBvqBvqBvqBvqBvqBvqBvqBvqBvrBvrBvrBvrBvrBvrBvrBvrBvrBvrBvsBvsBvsBvsBvsBvsBvsBvsBvsBvs\
BvtBvtBvtBvtBvtBvtBvtBvtBvtBvtBvuBvuBvuBvuBvuBvuBvuBvuBvuBvuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BvvBvvBvvBvvBvvBvvBvvBvvBvvBvvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABvwBvwBvwBvwBvwBvwBvwBvwBvwBvwBvxBvxBvxBvxBvxBvxBvxBvxBvxBvx\
BvyBvyBvyBvyBvyBvyBvyBvyBvyBvyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABvzBvzBvzBvzBvzBvzBvzBvzBvzBvz\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABvnBvnBvnBvnBvnBvnBvnBvnBvnBvnBv0Bv0Bv0Bv0Bv0Bv0Bv0Bv0Bv0Bv0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BvxBvxBvxBvxBvxBvxBvxBvxBvxBvxAAABv2Bv3Bv4AAABv5Bv6Bv7Bv8Bv9AAAAAABv+AAABv/AAABv/AAABwABwBBwCBwDBwEBwFBwGBwHBwIBwJBwFBwK\
BwLBwLBwLBwLBwLBwLBwLBwLBwLBwLAAABwLBwMAAAAAABwNBwLAAABwLBwLAAAAAAAAAAAAAAAAAAAAABwOAAABwPBwLAAAAAAAAAAAAAAABwLBwLBwLBwQ\
AAABwLBwLBwLBwLBwLBwLBwLBwLBwRBwLBwLBwLBwLBwLBwLBwLBwLBwLBwSBwTBwUBwVAAAAAAAAAAAAAAAAAAAAABwWAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BwXAAAAAAAAAAAAAAAAAAAAAAAAAAABwYAAAAAAAAAAAAAAAAAAAAAAAABwZAAAAAAAAABwaBwaBwaBwaBwaBwaBwaBwaBwaBwaBwaBwaBwaBwaAAABwaBwa\
BwaBwaBwaAAAAAABwaBwaBwaBwaBwaAAAAAABwaBwaBwaBwaBwaBwaBwaBwaAAAAAABwaBwaBwaBwaBwaBwaBwaAAAAAABwaBwaAAABwaBwaBwaBwaBwaBwa\
BwaBwaBwaBwaAAAAAAAAAAAAAAABwaBwaBwaBwaBwaBwaBwaBwaBwaAAAAAABwaBwaBwaBwaBwaAAABwaBwaAAABwaBwWBwWBwWBwWBwWBwWBwWBwWBwWBwW\
AAAAAABwWBwWAAAAAAAAAAAABwWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwWAAAAAABwbAAAAAAAAAAAAAAAAAAAAABwcBwcBwcBwcBwcBwcBwcBwcBwcBwc\
BwWBwWBwWBwWBwWBwWBwWBwWBwWBwdAAAAAAAAAAAAAAAAAABwWBwWBwWBwWBwWBwWAAABwWBwWBwWBwWBwWBwWBwWAAABweAAABweAAAAAAAAAAAAAAAAAA\
BwfBwfBwfBwfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABweAAABwfBwfBwfBwfBwfBwfBwfBwfBwfBwfBwgAAAAAAAAAAAAAAAAAAAAAAAAAAA\
BwhAAAAAAAAAAAAAAAAAAAAAAAAAAABwiBwiBwiBwiBwiBwiBwiBwiBwiBwiBwjBwjBwjBwjBwjBwjBwjBwjBwjBwjBwkBwkBwkBwkBwkBwkBwkBwkBwkBwk\
BwlBwlBwlBwlBwlBwlBwlBwlBwlBwlBwmBwmBwmBwmBwmBwmBwmBwmBwmBwmBwnBwnBwnBwnBwnBwnBwnBwnBwnBwnBwoBwoBwoBwoBwoBwoBwoBwoBwoBwo\
BwpBwpBwpBwpBwpBwpBwpBwpBwpBwpBwqBwqBwqBwqBwqBwqBwqBwqBwqBwqBwrBwrBwrBwrBwrBwrBwrBwrBwrBwrBwsBwsBwsBwsBwsBwsBwsBwsBwsBws\
BwtBwtBwtBwtBwtBwtBwtBwtBwtBwtBwuBwuBwuBwuBwuBwuBwuBwuBwuBwuBwvBwvBwvBwvBwvBwvBwvBwvBwvBwvBwwBwwBwwBwwBwwBwwBwwBwwBwwBww\
BwxBwxBwxBwxBwxBwxBwxBwxBwxBwxBwyBwyBwyBwyBwyBwyBwyBwyBwyBwyBwzBwzBwzBwzBwzBwzBwzBwzBwzBwzBw0Bw0Bw0Bw0Bw0Bw0Bw0Bw0Bw0Bw0\
Bw1Bw1Bw1Bw1Bw1Bw1Bw1Bw1Bw1Bw1Bw2Bw2Bw2Bw2Bw2Bw2Bw2Bw2Bw2Bw2Bw3Bw3Bw3Bw3Bw3Bw3Bw3Bw3Bw3Bw3Bw4Bw4Bw4Bw4Bw4Bw4Bw4Bw4Bw4Bw4\
Bw5Bw5Bw5Bw5Bw5Bw5Bw5Bw5Bw5Bw5Bw6Bw6Bw6Bw6Bw6Bw6Bw6Bw6Bw6Bw6Bw7Bw7Bw7Bw7Bw7Bw7Bw7Bw7Bw7Bw7Bw8Bw8Bw8Bw8Bw8Bw8Bw8Bw8Bw8Bw8\
Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw+Bw+Bw+Bw+Bw+Bw+Bw+Bw+Bw+Bw+Bw/Bw/Bw/Bw/Bw/Bw/Bw/Bw/Bw/Bw/BxABxABxABxABxABxABxABxABxABxA\
BxBBxBBxBBxBBxBBxBBxBBxBBxBBxBBxCBxCBxCBxCBxCBxCBxCBxCBxCBxCBxDBxDBxDBxDBxDBxDBxDBxDBxDBxDBxEBxEBxEBxEBxEBxEBxEBxEBxEBxE\
BxFBxFBxFBxFBxFBxFBxFBxFBxFBxFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABxGBxGBxGBxGBxGBxGBxGBxGBxGBxGBxHBxHBxHBxHBxHBxHBxHBxHBxHBxH\
Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9Bw9BxDBxDBxDBxDBxDBxDBxDBxDBxDBxDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABxIBxIBxIBxIBxIBxIBxIBxIBxIBxI\
BxJBxJBxJBxJBxJBxJBxJBxJBxJBxJBxKBxKBxKBxKBxKBxKBxKBxKBxKBxKBxLBxLBxLBxLBxLBxLBxLBxLBxLBxLBxMBxMBxMBxMBxMBxMBxMBxMBxMBxM\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABxCBxCBxCBxCBxCBxCBxCBxCBxCBxCBxNBxNBxNBxNBxNBxNBxNBxNBxNBxNBxOBxOBxOBxOBxOBxOBxOBxOBxOBxO\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABxQBxRBxSBxTBxUBxVBxWBxXBxY\
BxZAAAAAABxaBxbBxcBxdBxeBxaBxcBxfBxgBxfBxfBxfBxfAAABxfBxfBxfAAABxhAAABxiBxjBxkAAABxlAAABxmBxnBxoBxpBxqAAABxrBxsBxkBxtAAA\
AAABxuBxvBxwBxxBxhBxyBxzBx0Bx1AAAAAAAAABx2AAAAAABx3AAAAAABx4Bx5BxkBx6Bx7Bx8Bx9Bx+BxkAAABxhBx/ByAByBBxkAAAByCAAABxhByDByE\
ByFByGAAABxkByHByIAAAByJAAAByKByLByMByLByLByLByLByLByLByNByOByPByPByPByPByPByPByPByPByPByPAAAAAAAAAAAAAAAByPAAAByPAAAAAA\
ByPByPByPByPAAAByPByPByPByPByPByQByRByPAAAAAAByPByPByPByQAAAByPByPByPByPBySByPByPByPByPAAAByLByTByLByLByLByLByLByLByLByO\
AAAByUByLByLByLByLByLByLByNByOByVByWByVByVByVByVByVByVByVByVAAAAAAAAAAAAAAAByVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAByV\
ByVByVByVByVByVByVByVByVByVByVByVByWByVByVByVByVByVByWAAAByWAAAByVByVByVByVByVByVAAAByVAAAByXAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAByWByVAAAAAAByVByVByVByVByVAAAByVAAAAAAAAAAAAAAAByVAAAByVAAAByWByWByYByVByYByVByVByVByVAAAByWByVByVByVByVByVByVByVByV\
AAAAAAAAAAAAByVAAAAAAByVByVByVAAAAAAByVByVAAAAAAAAAAAAAAAAAAByWByWByWByWByWByWByWByWByWByWAAAAAAAAAByWAAAAAAAAAByWAAAAAA\
ByVByWByWByVByVByVByVByVByVByVAAAAAAAAAByVAAAAAAByVAAAAAAAAAAAAByVByVByVByVAAAByVAAAAAAAAAByVByWByVByWByWByWByWByWByVByW\
ByVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAByWByVByVByVByWByVByVByVByVAAAByVByVByVAAAByVAAAAAAAAAAAAByVAAAByVByVAAAAAAAAAAAAByVAAA\
AAAByVByVAAAAAAAAAAAAAAAAAAAAAAAAByVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAByVAAAByVAAAAAAAAAByVAAAByVByWAAAAAAByVByVByVByVByVByV\
AAAAAAAAAByVByVByVByVAAAAAAAAAByVByVByVByVByYByWByVByWByVByVByWAAAByVByVAAAAAAByVAAAByVByWByZAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAByVByVAAAAAAByVByVByVAAAAAAAAAAAAAAAAAAByVByVByVAAAAAAAAAByYAAAAAAByVByVByVByVByVByVAAAAAAAAAByVAAAAAAByVByVByVAAA\
AAAByVByVByVByVByVByVByVByWAAAAAAByVByVByVAAAAAAByVAAAByVByVAAAByVByVByVByVByVByVByVAAAByVAAAByVAAAByVAAAAAAAAAAAAAAAAAA\
ByaByVByVByVByVByVAAAAAAAAAAAAByVByVByVByVByVByVByVByVBybByVByVByVByVByVBybByVByVByVByVByVBycBycBycBycBycBycBycBycBycByc\
BydBycByeBycBycBycBycBycBycBycByfBycBycBycBycBycBycBycBycBycBycBycBycBycBycBygByhBycBycBycByiByiByiByiByiByiByiByiByiByi\
ByjByjByjByjByjByjByjByjByjByjByiAAAAAAAAAAAAAAAAAAAAAAAAAAABykAAAAAAAAAAAAAAAAAAAAAAAAAAABylBycByeBycBycBycBycBycBycByc\
BymBycByeBycBycBycBycBycBycBycBycBynBycBycBycBycBycBycBycByoByLBypByLByLByLByLByLByLByLByOByqByqByqByqByqByqByqByqByqByq\
ByrBysByrByrByrByrByrByrByrBytByuByuByuByuByuByuByuByuByuByuByvByvByvByvByvByvByvByvByvByvBycBywBycBycBycBycBycBycBycByo\
ByxByxByxByxByxByxByxByxByxByxByyByzByzByzByzByzByzByzByzByzByxByxByxBy0ByxByxByxByxByxByxByZByxByxByxByxByxByxByxByxByx\
By1By1By1By1By1By1By1By1By1By1By2By2By2By2By2By2By2By2By2By2By3By3By3By3By3By3By3By3By3By3By4By4By4By4By4By4By4By4By4By4\
By3By3By3By3By3By3AAAAAAAAAAAABy0ByxByxByxByxByxByxByxByxByxBy5ByxByxByxByxByxByxByxByxByxBy6ByxBy7ByxByxByxByxByxByxByx\
ByxByxByxByxByxBy8By9ByxByxByxBylBycBy+BycBycBycBycBycBycBycBy/By/By/By/By/By/By/By/By/By/BzABzABzABzABzABzABzABzABzABzA\
BzBBzABzCBzABzABzABzABzABzABzABzABzABzABzABzABzDBzEBzABzABzABzFBzFBzFBzFBzFBzFBzFBzFBzFBzFBzGBzGBzGBzGBzGBzGBzGBzGBzGBzG\
By6ByxByxByxByxByxByxByxByxByxBzHBzHBzHBzHBzHBzHBzHBzHBzHBzHBzIBzIBzIBzIBzIBzIBzIBzIBzIBzIBzJBzJBzJBzJBzJBzJBzJBzJBzJBzJ\
BzKBzKBzKBzKBzKBzKBzKBzKBzKBzKBzLBzLBzLBzLBzLBzLBzLBzLBzLBzLBzMBzMBzMBzMBzMBzMBzMBzMBzMBzMBzNBzNBzNBzNBzNBzNBzNBzNBzNBzN\
BzOBzOBzOBzOBzOBzOBzOBzOBzOBzOBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzQBzHBzHBzHBzHBzHBzHBzHBzHBzHBzHBzHBzHBzKBzHBzHBzHBzHBzHBzH\
BzRBzRBzRBzRBzRBzRBzRBzRBzRBzRBzSBzSBzSBzSBzSBzSBzSBzSBzSBzSByxByxByxBzTByxByxByxByxByxByxBzUBzUBzUBzUBzUBzUBzUBzUBzUBzU\
BzVBzVBzVBzVBzVBzVBzVBzVBzVBzVBzWBzVBzVBzVBzVBzVBzVBzVBzVBzVBzVBzVBzVBzXBzVBzVBzVBzVBzVBzVBzYBzYBzYBzYBzYBzYBzYBzYBzYBzY\
BzZBzZBzZBzZBzZBzZBzZBzZBzZBzZBzaBzaBzaBzaBzaBzaBzaBzaBzaBzaBzbBzbBzbBzbBzbBzbBzbBzbBzbBzbBzcBzcBzcBzcBzcBzcBzcBzcBzcBzc\
BzdBzdBzdBzdBzdBzdBzdBzdBzdBzdBzeBzeBzeBzeBzeBzeBzeBzeBzeBzeBzfBzfBzfBzfBzfBzfBzfBzfBzfBzfBzgBzgBzgBzgBzgBzgBzgBzgBzgBzg\
BzhBzhBzhBzhBzhBzhBzhBzhBzhBzhBziBziBziBziBziBziBziBziBziBziBzjBzjBzjBzjBzjBzjBzjBzjBzjBzjBzkBzkBzkBzkBzkBzkBzkBzkBzkBzk\
BzlBzlBzlBzlBzlBzlBzlBzlBzlBzlBzmBzmBzmBzmBzmBzmBzmBzmBzmBzmBznBznBznBznBznBznBznBznBznBznBzoBzoBzoBzoBzoBzoBzoBzoBzoBzo\
BzpBzpBzpBzpBzpBzpBzpBzpBzpBzpBzqBzqBzqBzqBzqBzqBzqBzqBzqBzqBzrBzrBzrBzrBzrBzrBzrBzrBzrBzrBzsBzsBzsBzsBzsBzsBzsBzsBzsBzs\
BztBztBztBztBztBztBztBztBztBztBzuBzuBzuBzuBzuBzuBzuBzuBzuBzuBzvBzvBzvBzvBzvBzvBzvBzvBzvBzvBzwBzwBzwBzwBzwBzwBzwBzwBzwBzw\
By5By5By5By5By5By5By5By5By5By5BzxBzxBzxBzxBzxBzxBzxBzxBzxBzxBzyBzyBzyBzyBzyBzyBzyBzyBzyBzyBy5By5By5By5By5By5By5By5By5By5\
BzzBzzBzzBzzBzzBzzBzzBzzBzzBzzBzyBzyBzyBzyBzyBzyBzyBzyBzyBzyBz0Bz0Bz0Bz0Bz0Bz0Bz0Bz0Bz0Bz0Bz1Bz1Bz1Bz1Bz1Bz1Bz1Bz1Bz1Bz1\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABzzBzzBzzBzzBzzBzzBzzBzzBzzBzzBz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2Bz3Bz3Bz3Bz3Bz3Bz3Bz3Bz3Bz3Bz3\
BzcBzcBzcBzcBzcBzcBzcBzcBzcBzcBz4Bz4Bz4Bz4Bz4Bz4Bz4Bz4Bz4Bz4Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz6Bz6Bz6Bz6Bz6Bz6Bz6Bz6Bz6Bz6\
Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz5Bz7Bz7Bz7Bz7Bz7Bz7Bz7Bz7Bz7Bz7Bz8Bz8Bz8Bz8Bz8Bz8Bz8Bz8Bz8Bz8Bz9Bz9Bz9Bz9Bz9Bz9Bz9Bz9Bz9Bz9\
Bz+Bz+Bz+Bz+Bz+Bz+Bz+Bz+Bz+Bz+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzPBzP\
Bz/Bz/Bz/Bz/Bz/Bz/Bz/Bz/Bz/Bz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0AB0AB0AB0AB0AB0AB0AB0AB0AB0AB0BB0BB0BB0BB0BB0BB0BB0BB0BB0B\
B0CB0CB0CB0CB0CB0CB0CB0CB0CB0CB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DBz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2Bz2\
B0EB0EB0EB0EB0EB0EB0EB0EB0EB0EB0FB0FB0FB0FB0FB0FB0FB0FB0FB0FB0GB0GB0GB0GB0GB0GB0GB0GB0GB0GB0HB0HB0HB0HB0HB0HB0HB0HB0HB0H\
BzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzkBzxBzxBzxBzxBzxBzxBzxBzxBzxBzxB0AB0AB0AB0AB0AB0AB0AB0AB0AB0A\
B0AB0AB0AB0AB0AB0AB0AB0AB0AB0AB0IB0IB0IB0IB0IB0IB0IB0IB0IB0IB0JB0JB0JB0JB0JB0JB0JB0JB0JB0JB0KB0KB0KB0KB0KB0KB0KB0KB0KB0K\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAABzxBzxBzxBzxBzxBzxBzxBzxBzxBzxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0MB0NB0OB0PAAAAAAB0QB0R\
AAAB0SB0TB0UB0UB0UB0VB0VB0TAAAAAAB0WB0TB0WB0TB0TB0TB0XB0XB0YAAAB0VB0TB0TB0ZB0TB0VB0TB0TAAAB0aB0bB0cB0aB0aB0aB0dB0eB0fB0g\
B0hB0iAAAAAAAAAB0jAAAAAAB0kB0kB0lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0mAAAAAAAAAB0mAAAAAAAAAAAAAAAB0mAAAB0mAAAB0mAAAB0mAAA\
AAAAAAB0mAAAAAAAAAB0mAAAB0mAAAAAAAAAB0mAAAB0mAAAB0mAAAAAAAAAAAAAAAB0mAAAAAAAAAAAAAAAB0mAAAB0mAAAB0mAAAB0mAAAB0mAAAB0mAAA\
AAAAAAB0mAAAAAAAAAAAAAAAAAAAAAAAAAAAB0mAAAB0nAAAB0mAAAAAAAAAB0oB0oB0oB0oB0oB0oB0oB0oB0oB0oB0oAAAB0pAAAAAAAAAB0oAAAAAAAAA\
AAAAAAAAAAAAB0oAAAAAAAAAAAAAAAAAAB0qB0oAAAB0oAAAAAAAAAAAAAAAAAAAAAB0oAAAB0oB0oAAAAAAAAAAAAAAAAAAB0rAAAAAAAAAAAAAAAAAAAAA\
AAAAAAB0sAAAB0oAAAB0oAAAAAAAAAB0tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0uAAAAAAAAAAAAAAAAAAAAAAAAB0vAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAB0wAAAB0wAAAAAAAAAAAAAAAAAAAAAAAAAAAB0xB0xB0xB0xB0xB0xB0xB0xB0xB0xB0yB0yB0yB0yB0yB0yB0yB0yB0yB0y\
B0zB0zB0zB0zB0zB0zB0zB0zB0zB0zB00B00B00B00B00B00B00B00B00B00B01AAAAAAAAAAAAAAAB02AAAAAAAAAAAAAAAB0zB0zB0zB0zAAAAAAAAAAAA\
AAAAAAB03AAAB04AAAAAAAAAAAAAAAB05B05B05B05B05B05B05B05B05B05B06B06B06B06B06B06B06B06B06B06B07B07B07B07B07B07B07B07B07B07\
B08B08B08B08B08B08B08B08B08B08B09B09B09B09B09B09B09B09B09B09B0+B0+B0+B0+B0+B0+B0+B0+B0+B0+B0/B0/B0/B0/B0/B0/B0/B0/B0/B0/\
B1AB1AB1AB1AB1AB1AB1AB1AB1AB1AAAAB1BAAAAAAAAAAAAAAAAAAAAAAAAAAAB0/AAAAAAAAAAAAAAAAAAAAAAAAAAAB1CAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAB1DAAAAAAAAAB1EB1EB1EB1EB1EB1EB1EB1EB1EB1EB1FB1FB1FB1FB1FB1FB1FB1FB1FB1FB1GB1GB1GB1GB1GB1GB1GB1GB1GB1G\
B1HB1HB1HB1HB1HB1HB1HB1HB1HB1HB1IB1IB1IB1IB1IB1IB1IB1IB1IB1IB1JB1JB1JB1JB1JB1JB1JB1JB1JB1JB1KB1KB1KB1KB1KB1KB1KB1KB1KB1K\
B1LB1LB1LB1LB1LB1LB1LB1LB1LB1LAAAB1KAAAAAAAAAAAAAAAAAAAAAAAAAAAB1MB1MAAAAAAAAAAAAAAAAAAAAAAAAB1MAAAAAAAAAAAAAAAAAAAAAAAA\
B1NB1NB1NB1NB1NB1NB1NB1NB1NB1NB1OB1OB1OB1OB1OB1OB1OB1OB1OB1OB1PB1PB1PB1PB1PB1PB1PB1PB1PB1PB1QB1QB1QB1QB1QB1QB1QB1QB1QB1Q\
B1RB1RB1RB1RB1RB1RB1RB1RB1RB1RB1SB1SB1SB1SB1SB1SB1SB1SB1SB1SB1TB1TB1TB1TB1TB1TB1TB1TB1TB1TB1UB1UB1UB1UB1UB1UB1UB1UB1UB1U\
B1VB1VB1VB1VB1VB1VB1VB1VB1VB1VB1WB1WB1WB1WB1WB1WB1WB1WB1WB1WB1XB1XB1XB1XB1XB1XB1XB1XB1XB1XB1YB1YB1YB1YB1YB1YB1YB1YB1YB1Y\
B1ZB1ZB1ZB1ZB1ZB1ZB1ZB1ZB1ZB1ZB1aB1aB1aB1aB1aB1aB1aB1aB1aB1aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB1bB1bB1bB1bB1bB1bB1bB1bB1bB1b\
B1cB1cB1cB1cB1cB1cB1cB1cB1cB1cB1dB1dB1dB1dB1dB1dB1dB1dB1dB1dB1eB1eB1eB1eB1eB1eB1eB1eB1eB1eB1fB1fB1fB1fB1fB1fB1fB1fB1fB1f\
B1gB1gB1gB1gB1gB1gB1gB1gB1gB1gB1hB1hB1hB1hB1hB1hB1hB1hB1hB1hB1iB1iB1iB1iB1iB1iB1iB1iB1iB1iB1jB1jB1jB1jB1jB1jB1jB1jB1jB1j\
B1kB1kB1kB1kB1kB1kB1kB1kB1kB1kB1lB1lB1lB1lB1lB1lB1lB1lB1lB1lB1mB1mB1mB1mB1mB1mB1mB1mB1mB1mB1nB1nB1nB1nB1nB1nB1nB1nB1nB1n\
B1oB1oB1oB1oB1oB1oB1oB1oB1oB1oB1pB1pB1pB1pB1pB1pB1pB1pB1pB1pB1qB1qB1qB1qB1qB1qB1qB1qB1qB1qB1rB1rB1rB1rB1rB1rB1rB1rB1rB1r\
B1sB1sB1sB1sB1sB1sB1sB1sB1sB1sB1tB1tB1tB1tB1tB1tB1tB1tB1tB1tB1uB1uB1uB1uB1uB1uB1uB1uB1uB1uB1vB1vB1vB1vB1vB1vB1vB1vB1vB1v\
B1wB1wB1wB1wB1wB1wB1wB1wB1wB1wB1xB1xB1xB1xB1xB1xB1xB1xB1xB1xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB1yB1yB1yB1yB1yB1yB1yB1yB1yB1yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB1zB1zB1zB1zB1zB1zB1zB1zB1zB1zB1vB1vB1vB1vB1vB1vB1vB1vB1vB1v\
B11B12B13B14B15B16B17B18B19B1+B1/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB2AB2BB2CB2DB2EB2FB2GB2HB2EB2IB2JB2IB2KB2LB2MB2NB2OB2PB2Q\
B2RB2SB2TB2AB2UB2VB2WB2XB2YAAAB2AB2ZB2aB2bB2AB2cB2dB2eB2fB2gAAAB2hB2iB2jB2kB2lB2mB2nB2oB2pB2qB2rB2sB2tB2uB2vB2wB2xB2yB2q\
B2qB2zB20B21B22B23B24B25B26B27B28B29B2+B2/B3AB3BB3CB3DB3EB3FB2qB2qB2qB2qB2qB2qB2qB2qB2qB2qB3GAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAB3HB3HB3HB3HB3HB3HAAAAAAB3IB3IB3IB3JB3IB3JB3JB3JB3JB3IB3IB3IB3IB3JB3JB3IB3JB3JB3JB3JB3KB3IB3JB3JB3IB3IB3JB3JB3JB3J\
B3JB3IB3JB3JB3IB3JB3JB3JB3JB3JB3LB3IB3JB3JB3IB3JB3JB3JB3JB3JB3MB3IB3IB3JB3JB3IB3JB3IB3JB3JB3NB3IB3JB3IB3IB3JB3OB3JB3JB3J\
AAAAAAB3HB3HB3HB3HB3HB3HAAAB3HAAAB3JB3IB3JB3JB3IB3JB3IB3JB3JB3IB3IB3JB3IB3JB3JB3JB3JB3JAAAB3IB3IB3JB3JB3JB3JB3JB3JB3JAAA\
B3IB3IB3JB3IAAAB3JB3JB3IB3JB3JB3IB3IB3JB3JB3JB3IB3JB3JB3IB3JAAAB3PAAAB3JB3JB3JB3JB3JB3IB3JB3QB3IB3JB3JB3JB3IB3IB3JB3IB3J\
B3HB3IB3JB3JB3IB3JB3JB3JB3JB3JAAAB3JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB3JAAAB3JAAAB3JB3JB3HB3JB3JB3IAAAAAAAAA\
AAAB3IB3RB3IAAAB3JB3JB3JB3JAAAAAAB3JB3JB3IB3IB3JB3JAAAB3JB3JB3IB3IB3JB3JB3IB3JB3JB3JB3IB3IB3IB3JB3IB3IB3IB3JB3IB3JB3JB3J\
B3HB3IB3JB3JB3JB3IB3JB3JB3JB3IAAAB3JAAAB3IB3JB3JB3IB3JB3JAAAB3MB3IB3IB3IB3IB3JB3JB3IB3JB3JAAAB3IB3JB3JB3JB3IB3JB3JAAAAAA\
AAAB3IB3IAAAB3JB3JB3JB3JAAAAAAB3IB3IB3IB3JAAAB3JB3IB3IB3IB3IB3IB3IB3SB3JB3IB3IB3IB3IB3IB3IB3IB3IB3JB3IB3IB3IB3JB3IB3JB3J\
B3IB3IB3JB3JB3IB3IB3IB3IB3JB3JB3IB3JB3IAAAB3JB3IB3JB3JB3JB3JAAAB3JB3IAAAB3JB3JB3JB3JB3JAAAAAAB3JB3IB3JB3JB3IB3JAAAAAAAAA\
AAAB3JB3IAAAB3JB3JB3JAAAB3IB3JAAAB3IB3TAAAB3JAAAB3JAAAAAAAAAAAAB3JB3IAAAB3JB3IB3JB3JB3JB3JAAAB3IB3JB3JB3JAAAAAAAAAAAAAAA\
AAAB3IB3JB3JB3JB3JB3JB3JB3JAAAAAAB3IB3JAAAB3JB3IB3JAAAAAAAAAB3UB3UB3UB3UB3UB3UB3UB3UB3UB3UB3UB3VB3WB3VB3UB3VB3UB3UB3VB3U\
B3UB3XB3VB3UB3VB3VB3UB3VB3UB3UB3UB3XB3VB3VB3VB3UB3UB3UB3UB3UB3UB3XB3VB3VB3UB3VB3VB3VB3UB3UB3UB3XB3VB3VB3VB3VB3VB3XB3VB3V\
B3UB3XB3VB3XB3VB3VB3UB3VB3VB3UB3UB3XB3VB3VB3YB3VB3VB3UB3ZB3VB3XB3VB3aB3HB3VB3VB3VB3UB3UB3UB3VB3VB3XB3VB3VB3VB3VB3VB3VB3b\
B3cB3dB3cB3cB3dB3cB3cB3cB3cB3cB3UB3eB3fB3gB3gB3UB3cB3cB3UB3hB3UB3cB3cB3cB3dB3cB3cB3dB3cB3cB3UB3gB3iB3cB3cB3gB3cB3cB3cB3j\
B3kB3lB3mB3nB3VB3oB3cB3cB3cB3cB3pB3dB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3qB3cB3cB3cB3cB3cB3rB3UB3cB3HB3HB3sB3HB3HB3UB3UB3UB3U\
B3UB3UB3HB3HB3HB3tB3uB3vB3UB3UB3UB3cB3UB3cB3UB3cB3eB3cB3cB3cB3eB3eB3cB3cB3eB3cB3cB3cB3cB3UB3cB3eB3eB3cB3cB3cB3eB3cB3cB3c\
B3cB3cB3cB3UB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3cB3UB3eB3cB3eB3cB3cB3eB3cB3cB3cB3gB3cB3cB3cB3cB3cB3cB3eB3eB3U\
B3UB3cB3cB3eB3wB3cB3cB3UB3UB3UB3UB3xB3cB3cB3cB3UB3UB3UB3UB3UAAAAAAAAAAAAAAAAAAAAAAAAB3yAAAB3zB3zB3zB3zB3zB3zB3zB3zB3zB3z\
AAAAAAB3zB3zB3zB3zB3zB3zAAAAAAB30B30B30B30B30B30B30B30B30B30B31B31B31B31B31B31B31B31B31B31B32B32B3zB3zB3zB3zB3zB3zAAAAAA\
AAAAAAB3zAAAB3zAAAAAAAAAAAAAAAB33AAAB3zB34B3zB3zB3zB3zAAAAAAB35B36B37B3zB3zB3zB3zB3zAAAAAAB30B30B30B30B30B30B30B38B30B30\
AAAB3zAAAB3zB3zAAAB3zAAAB3zAAAB30B30B3zB3zB3zB3zB3zB3zB30B30AAAAAAB3zB3zB3zB3zB3zB3zB3zAAAAAAB3zB3zB3zB3zB3zB3zB3zAAAAAA\
B32B32B32B32B32B32B32B32B32B32B39B39B39B39B39B39B39B39B39B39B32B32B3zB3zB3zB3zB3zB3+B32B32B32B32B3zB3zB3zB3zB3zB3zB32B32\
B39B39B3zB3zB3zB3zB3zB3zB39B39B39B39B39B39B39B39B3/B39B39B39B39B39B39B39B39B39B39B39B4AB39B3/B3/B3/B3/B3/B3/B39B39B39B39\
B3/B3/B3/B3/B3/B3/B3/B3/B3/B3/B32B32B4BB4BB4BB4BB4BB4BB32B32B32B32B3zB3zB3zB3zB3zB4CB32B32B39B39B39B39B39B3/B3/B3/B3/B39\
B32B32B3zB3zB3zB3zB3zB4BB32B32B3/B3/B39B39B39B39B3/B3/B3/B3/B3/B39B39B39B3/B3/B3/B3/B3/B3/B39B39B39B39B39B39B39B3/B3/B3/\
B3/B3/B3/B3/B3/B39B39B3/B39B39B32B32B4BB3zB3zB4BB3zB4BB32B32B3/B3/B3/B3/B3/B39B39B39B39B39B39B3/B39B39B39B39B39B39B39B3/\
B39B39B39B39B3/B3/B39B39B3/B3/B3/B39B3/B39B39B39B39B39B3/B3/B3/B3/B3/B3/B3/B3/B3/B32B32B32B3/B39B3zB3zB3zB3zB3zB4DB3/B3/\
B3zB4EB3zB3zB3zB3zB3zB3zB3zB3zB4BB4BB4BB4BB4BB4BB4BB4BB4BB4BB3zB3zB3zB3zB3zB3zB4BB4BB3zB3zB4BB3zB4BB4BB4BB4BB4BB4BB4BB4F\
B32B32B3zB3zB4BB3zB3zB4CB32B32B32B32B4BB3zB3zB3zB3zB4CB32B32B4GAAAAAAAAAAAAAAAAAAAAAAAAAAAB4HB4HB4HB4HB4HB4HB4HB4HB4HB4H\
AAAAAAB4HB4HB4HB4HB4HB4HAAAAAAB4IB4IB4IB4IB4IB4IB4IB4IB4IB4IB4JB4JB4JB4JB4JB4JB4JB4JB4JB4JB4KB4KB4KB4KB4KB4KB4KB4KB4KB4K\
B4LB4LB4LB4LB4LB4LB4LB4LB4LB4LB4MB4MB4MB4MB4MB4MB4MB4MB4MB4MB4NB4NB4NB4NB4NB4NB4NB4NB4NB4NB4OB4OB4OB4OB4OB4OB4OB4OB4OB4O\
AAAAAAB4HB4HB4HB4HB4HB4HAAAB4PB4JB4JB4HB4HB4HB4HB4HB4HB4JB4JB4HB4HB4HB4HB4HB4HB4HB4HB4HB4QB4JB4JB4QB4QB4QB4QB4QB4QB4JB4J\
B4JB4JB4HB4HB4JB4HB4HB4HB4JB4JB4QB4QB4QB4QB4QB4QB4QB4QB4QB4QB4QB4HB4QB4QB4QB4QB4QB4QB4QB4HB4QB4HB4QB4QB4QB4QB4QB4QB4QB4Q\
B4HB4HB4HB4QB4HB4HB4HB4HB4HB4HB4QB4HB4HB4HB4QB4QB4QB4QB4QB4QB4RAAAAAAAAAAAAAAAAAAAAAAAAAAAB4SB4SB4SB4SB4SB4SB4SB4SB4SB4S\
B4TB4TB4TB4TB4TB4TB4TB4TB4TB4TB4UB4UB4UB4UB4UB4UB4UB4UB4UB4UB4VB4VB4VB4VB4VB4VB4VB4VB4VB4VB4WB4WB4WB4WB4WB4WB4WB4WB4WB4W\
B4XB4XB4XB4XB4XB4XB4XB4XB4XB4XB4YB4YB4YB4YB4YB4YB4YB4YB4YB4YB4ZB4ZB4ZB4ZB4ZB4ZB4ZB4ZB4ZB4ZAAAAAAAAAAAAAAAB4SAAAAAAAAAAAA\
B4aB4aB4aB4aB4aB4aB4aB4aB4aB4aB4bB4bB4bB4bB4bB4bB4bB4bB4bB4bB4cB4cB4cB4cB4cB4cB4cB4cB4cB4cB4dB4dB4dB4dB4dB4dB4dB4dB4dB4d\
B4eB4eB4eB4eB4eB4eB4eB4eB4eB4eB4fB4fB4fB4fB4fB4fB4fB4fB4fB4fB4gB4gB4gB4gB4gB4gB4gB4gB4gB4gB4hB4hB4hB4hB4hB4hB4hB4hB4hB4h\
B4iB4iB4iB4iB4iB4iB4iB4iB4iB4iB4jB4jB4jB4jB4jB4jB4jB4jB4jB4jB4kB4kB4kB4kB4kB4kB4kB4kB4kB4kB4lB4lB4lB4lB4lB4lB4lB4lB4lB4l\
B4mB4mB4mB4mB4mB4mB4mB4mB4mB4mB4nB4nB4nB4nB4nB4nB4nB4nB4nB4nB4oB4oB4oB4oB4oB4oB4oB4oB4oB4oB4pB4pB4pB4pB4pB4pB4pB4pB4pB4p\
B4qB4qB4qB4qB4qB4qB4qB4qB4qB4qB4rB4rB4rB4rB4rB4rB4rB4rB4rB4rB4sB4sB4sB4sB4sB4sB4sB4sB4sB4sB4tB4tB4tB4tB4tB4tB4tB4tB4tB4t\
B4uB4uB4uB4uB4uB4uB4uB4uB4uB4uB4vB4vB4vB4vB4vB4vB4vB4vB4vB4vB4wB4wB4wB4wB4wB4wB4wB4wB4wB4wB4xB4xB4xB4xB4xB4xB4xB4xB4xB4x\
B4yB4yB4yB4yB4yB4yB4yB4yB4yB4yB4zB4zB4zB4zB4zB4zB4zB4zB4zB4zB40B40B40B40B40B40B40B40B40B40B41B41B41B41B41B41B41B41B41B41\
B42B42B42B42B42B42B42B42B42B42B43B43B43B43B43B43B43B43B43B43B44B44B44B44B44B44B44B44B44B44B45B45B45B45B45B45B45B45B45B45\
B46B46B46B46B46B46B46B46B46B46B47B47B47B47B47B47B47B47B47B47B48B48B48B48B48B48B48B48B48B48B49B49B49B49B49B49B49B49B49B49\
B4+B4+B4+B4+B4+B4+B4+B4+B4+B4+B4/B4/B4/B4/B4/B4/B4/B4/B4/B4/B5AB5AB5AB5AB5AB5AB5AB5AB5AB5AB5BB5BB5BB5BB5BB5BB5BB5BB5BB5B\
B5CB5CB5CB5CB5CB5CB5CB5CB5CB5CB5DB5DB5DB5DB5DB5DB5DB5DB5DB5DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB5EB5EB5EB5EB5EB5EB5EB5EB5EB5EB5DB5DB5DB5DB5DB5DB5DB5DB5DB5DB5FB5FB5FB5FB5FB5FB5FB5FB5FB5F\
B5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GB5GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB5HB5HB5HB5HB5HB5HB5HB5HB5HB5H\
B5IB5IB5IB5IB5IB5IB5IB5IB5IB5IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB5JB5JB5JB5JB5JB5JB5JB5JB5JB5JB5KB5KB5KB5KB5KB5KB5KB5KB5KB5K\
B5KB5KB5KB5KB5KB5KB5KB5KB5KB5KB5LB5LB5LB5LB5LB5LB5LB5LB5LB5LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAB5NB5OB5PB5QB5RB5SB5TB5UB5VAAAAAAB5WAAAAAAAAAAAAAAAAAAAAAAAAB5XB5YB5ZB5aB5YAAAAAAAAAB5bB5cB5cB5cB5dB5cB5eB5fB5cAAAAAA\
B5YB5YB5XAAAB5YB5gB5YB5YB5YB5YAAAB5YB5YB5YB5hB5YB5YB5YB5iAAAB5jB5YB5YB5YB5YB5YB5YB5YB5YAAAAAAB5YB5kAAAB5YAAAAAAAAAAAAAAA\
B5lB5YB5mB5nB5oB5pB5YAAAAAAAAAB5qB5YB5rB5sB5tAAAB5uAAAAAAB5vAAAAAAB5wAAAAAAAAAAAAAAAAAAAAAAAAB5xB5yB5yB5yB5yB5yB5yB5yB5y\
AAAB5xB5zB5zB5zB5zB5zB5zB5zB5zAAAAAAB50B50AAAB50AAAAAAB50AAAAAAAAAB50B50B50AAAAAAAAAAAAAAAAAAAAAB50B50B50B50B50B50B50AAA\
B51B51B51B51B51B51B51B51B51B51B51B51B51B51B51B51B51B51AAAB51AAAAAAAAAAAAAAAB51AAAAAAAAAAAAAAAAAAAAAAAAB51AAAAAAAAAAAAAAA\
AAAAAAAAAB50B50AAAAAAB50AAAB50AAAAAAB50B50B50AAAB50B50AAAAAAAAAB5yB5yAAAAAAAAAB5yAAAAAAAAAAAAAAAAAAAAAB50AAAB50AAAB50AAA\
AAAAAAB50B50AAAAAAB50AAAAAAAAAB52AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB50B50B50B50B50AAAB50B50AAAAAAB50B50AAAB50AAAB50B50AAA\
AAAAAAAAAB50B50AAAAAAB50B50AAAAAAAAAB50B50AAAB50B50AAAAAAAAAB53AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB50B54B54B54B54B54B54AAA\
AAAAAAB50AAAAAAAAAAAAB50B50B50AAAAAAB50B50B50B50B50AAAAAAAAAAAAAAAAAAB50AAAB50B50AAAAAAB50AAAAAAB50B55B55B50B50B50B54AAA\
B56B56B56B56B56B56B56B56B56B56AAAB57AAAAAAAAAAAAAAAAAAAAAAAAB58B58B58B58B58B58B58B58B58B58B59B59B59B59B59B59B59B59B59B59\
AAAB5xB59B59B59B59B59B59B59B59B5+B5+B5+B5+B5+B5+B5+B5+B5+B5+B5/B5/B5/B5/B5/B5/B5/B5/B5/B5/B6AB6AB6AB6AB6AB6AB6AB6AB6AB6A\
AAAAAAB59B59B59B59B59B59B59B59AAAB5xAAAAAAAAAAAAAAAAAAAAAAAAB6BB6BB6BB6BB6BB6BB6BB6BB6BB6BAAAB6CAAAAAAAAAAAAAAAAAAAAAAAA\
B6DB6DB6DB6DB6DB6DB6DB6DB6DB6DB6EB6EB6EB6EB6EB6EB6EB6EB6EB6EB6FB6FB6FB6FB6FB6FB6FB6FB6FB6FB6GB6GB6GB6GB6GB6GB6GB6GB6GB6G\
B6HB6HB6HB6HB6HB6HB6HB6HB6HB6HB6IB6IB6IB6IB6IB6IB6IB6IB6IB6IB6JB6JB6JB6JB6JB6JB6JB6JB6JB6JB6KB6KB6KB6KB6KB6KB6KB6KB6KB6K\
B6LB6LB6LB6LB6LB6LB6LB6LB6LB6LB6MB6MB6MB6MB6MB6MB6MB6MB6MB6MB6NB6NB6NB6NB6NB6NB6NB6NB6NB6NB6OB6OB6OB6OB6OB6OB6OB6OB6OB6O\
B6PB6PB6PB6PB6PB6PB6PB6PB6PB6PB6QB6QB6QB6QB6QB6QB6QB6QB6QB6QB6RB6RB6RB6RB6RB6RB6RB6RB6RB6RB6SB6SB6SB6SB6SB6SB6SB6SB6SB6S\
B6TB6TB6TB6TB6TB6TB6TB6TB6TB6TB6UB6UB6UB6UB6UB6UB6UB6UB6UB6UB6VB6VB6VB6VB6VB6VB6VB6VB6VB6VB6WB6WB6WB6WB6WB6WB6WB6WB6WB6W\
B6XB6XB6XB6XB6XB6XB6XB6XB6XB6XB6YB6YB6YB6YB6YB6YB6YB6YB6YB6YB6ZB6ZB6ZB6ZB6ZB6ZB6ZB6ZB6ZB6ZB6aB6aB6aB6aB6aB6aB6aB6aB6aB6a\
B6bB6bB6bB6bB6bB6bB6bB6bB6bB6bB6cB6cB6cB6cB6cB6cB6cB6cB6cB6cB6dB6dB6dB6dB6dB6dB6dB6dB6dB6dB6eB6eB6eB6eB6eB6eB6eB6eB6eB6e\
B6fB6fB6fB6fB6fB6fB6fB6fB6fB6fB6gB6gB6gB6gB6gB6gB6gB6gB6gB6gB6hB6hB6hB6hB6hB6hB6hB6hB6hB6hB6iB6iB6iB6iB6iB6iB6iB6iB6iB6i\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB6jB6jB6jB6jB6jB6jB6jB6jB6jB6jB6kB6kB6kB6kB6kB6kB6kB6kB6kB6k\
B6kB6kB6kB6kB6kB6kB6kB6kB6kB6kB6lB6lB6lB6lB6lB6lB6lB6lB6lB6lB6mB6mB6mB6mB6mB6mB6mB6mB6mB6mB6nB6nB6nB6nB6nB6nB6nB6nB6nB6n\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB6oB6oB6oB6oB6oB6oB6oB6oB6oB6oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB6qB6rB6rB6qB6sB6tAAAAAAB6uB6uB6uB6uB6uB6uB6uB6uB6uAAAB6uB6uB6uB6uB6uAAAAAAAAAAAAAAA\
B6uB6uB6uB6uB6uB6uAAAAAAAAAAAAB6vB6vB6vB6vB6vB6vB6vB6vB6vB6vAAAAAAB6wB6wB6wB6wB6wB6wB6wB6wB6xB6xB6xB6xB6xB6xB6xB6xB6xB6x\
B6yB6yB6yB6yB6yB6yB6yB6yB6yB6yB6zB6zB6zB6zB6zB6zB6zB6zB6zB6zB60B60B60B60B60B60B60B60B60B60B61B61B61B61B61B61B61B61B61B61\
B62B62B62B62B62B62B62B62B62B62B63B63B63B63B63B63B63B63B63B63B64B64B64B64B64B64B64B64B64B64B65B65B65B65B65B65B65B65B65B65\
B66B66B66B66B66B66B66B66B66B66B67B67B67B67B67B67B67B67B67B67B68B68B68B68B68B68B68B68B68B68B69B69B69B69B69B69B69B69B69B69\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB6/B7AB7BB7CB7DB7EB7FB7GB7HAAAB7IB7JAAAAAAAAAAAAAAAAAAB7K\
AAAB7IAAAB7IB7IB7IB7IB7IAAAAAAAAAB7IB7IB7IB7IB7IB7IB7IB7IAAAAAAB7IAAAAAAAAAB7IAAAB7IAAAAAAAAAB7IB7IAAAB7IB7IAAAB7IAAAAAA\
B7LAAAAAAB7IAAAB7IB7IB7IAAAAAAB7MB7MB7MAAAB7NB7MB7MB7MB7MAAAAAAB7OB7OAAAAAAAAAAAAAAAAAAAAAAAAB7OB7LAAAAAAAAAAAAAAAAAAB7P\
AAAAAAB7QB7QB7QB7QAAAB7QAAAAAAAAAAAAB7QB7QB7QB7QB7QB7QB7QB7QAAAAAAAAAAAAAAAAAAAAAB7RAAAAAAAAAAAAB7QAAAAAAAAAAAAAAAAAAAAA\
B7SB7SB7SB7SB7SB7SB7SB7SB7SB7SB7SB7SB7SB7SB7SAAAAAAAAAAAAAAAB7QB7QB7QB7QB7QB7QB7QB7QB7QB7QAAAAAAB7QAAAB7QB7QAAAAAAAAAAAA\
B7TB7TB7TB7TB7TB7TB7TB7TB7TB7TAAAAAAAAAB7UAAAAAAAAAAAAAAAAAAB7VB7VB7VB7VB7VB7VB7VB7VB7VB7VB7WB7WB7WB7WB7WB7WB7WB7WB7WB7W\
B7XB7XB7XB7XB7XB7XB7XB7XB7XB7XB7YB7YB7YB7YB7YB7YB7YB7YB7YB7YB7ZB7ZB7ZB7ZB7ZB7ZB7ZB7ZB7ZB7ZB7aB7aB7aB7aB7aB7aB7aB7aB7aB7a\
B7bB7bB7bB7bB7bB7bB7bB7bB7bB7bB7cB7cB7cB7cB7cB7cB7cB7cB7cB7cB7dB7dB7dB7dB7dB7dB7dB7dB7dB7dB7eB7eB7eB7eB7eB7eB7eB7eB7eB7e\
B7fB7fB7fB7fB7fB7fB7fB7fB7fB7fB7gB7gB7gB7gB7gB7gB7gB7gB7gB7gB7hB7hB7hB7hB7hB7hB7hB7hB7hB7hB7iB7iB7iB7iB7iB7iB7iB7iB7iB7i\
B7jB7jB7jB7jB7jB7jB7jB7jB7jB7jB7kB7kB7kB7kB7kB7kB7kB7kB7kB7kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB7mB7nAAAB7oB7pB7qB7rB7sB7tAAAB7uB7vB7wB7xB7yB7zB70B71B72AAAAAAB73B74B75B76B74B74B74B74\
AAAAAAB77B78B79B7+B7/AAAAAAAAAAAAAAAB8AB8BB8CB8DB8EB8FB8GB8HB8IB8JB8KB8LB8MB8NB8OB8PB8QB8RB8SB8TB8UB8VB8WB8XAAAAAAAAAAAA\
B8YB8ZB8aB8bB8cB8dB8eAAAAAAAAAAAAAAAB8fB8gB8hB8iB8jB8kB8lB8mAAAAAAB7yAAAAAAAAAAAAAAAAAAAAAB7zB7zB7zB7zB7zB7zB7zB7zB7zB7z\
B74B74B74B8nB74B7zB7zB74B74B74B74B74B8oB74B74B74B74B8pB8qB74B74B74B74B74B74B74B74B74B74B74B8rB8rB8rB8rB8rB8rB8rB8rB8rB8r\
B8sB8sAAAB7yB7yB7yB7yAAAAAAAAAB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yB7yAAAAAAAAAB8tB8uB8uB8uB8uB8uB8uB8uB8vB8u\
B8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8wB8uB8xB8uB8uB8uB8uB8yB8zB8uB80B81B80B80B80B80B80B80B80B80AAAAAAB82AAAB83B74B74B74B74AAA\
AAAAAAB84B74B85B86B74B74AAAAAAAAAAAAB84B74B74B74B74AAAAAAAAAAAAAAAB7yB74B87B74AAAAAAAAAAAAAAAAAAB74B74B74B74B74AAAAAAAAA\
AAAAAAB88B74B89B74B74B74B74AAAAAAAAAB74B74B8+B74B74AAAB74AAAAAAAAAB8/AAAB87B74B74B74B74AAAAAAAAAB9AB74AAAAAAAAAAAAAAAAAA\
AAAAAAB84B74B9BAAAAAAAAAAAAAAAAAAAAAB84B74B9CB74B74B74B74AAAAAAAAAB84AAAB89B74B74B74AAAAAAAAAAAAB84B74B87B74B74B74AAAAAA\
AAAAAAB74B74AAAAAAAAAAAAB9DAAAAAAAAAB9EB74AAAB74B74AAAAAAAAAAAAAAAB74B74B8+B74B74AAAAAAAAAAAAAAAB84AAAB87B74B74AAAAAAAAA\
AAAAAAB9FB74B8+B74B74AAAAAAAAAAAAAAAB88B74B74AAAAAAAAAAAAAAAAAAAAAB82B74B74B74B74B74B74AAAAAAAAAB74B82B9GB7zB74B74B9HAAA\
AAAAAAB74AAAB74B74AAAAAAAAAAAAAAAAAAB9IAAAB74AAAAAAAAAAAAAAAAAAAAAB74AAAB87B74B74B74B74AAAAAAAAAB9JB74B85B74B74B74AAAAAA\
AAAAAAB74AAAAAAAAAAAAAAAAAAAAAAAAAAAB74B74B74AAAAAAAAAAAAAAAAAAAAAB9KAAAB87B74B74B74B74AAAAAAAAAB9LB74B87B74B74B74AAAB9M\
B9NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB88B74B9OB74B74AAAB74B74AAAAAAB88B9PB9QB74B74B74B74AAAAAAAAAB88AAAB87AAAAAAAAAAAAAAA\
AAAAAAB74AAAB74B74B74B74AAAAAAAAAAAAB88AAAB9RB9SAAAAAAAAAAAAAAAAAAB74B74B7yAAAAAAAAAAAAAAAB9TB9TB9TB9TB9TB9UB9UAAAAAAAAA\
B9VB9VB9VB9VB9UAAAB9VAAAAAAAAAB9UB9VB9UB9VB9UB9UAAAB9VB9WB9VB9TB9TB9TB9TB9TB9TB9TAAAAAAAAAB9XB9YB9XB9XB9XB9XB9XB9XB9XB9X\
AAAAAAAAAB9VB9ZB9UB9UB9UB9UB9UB9TB9TB9TB9TB9TB9TB9TB9TB9XB9XB9TB9VAAAAAAB9UB9UB9UB9UB9XB9TB8uB8uB8uB9aB8uB8uB8uB8uB8uB8u\
B8uB8uB8rB8uB8uB8uB8uB8uB8uB8rB8rB8rB8rB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8rB8uB8uB8uB8uB8uB8uB9bB9bB9bB9bB9bB9bB9bB9bB9bB9b\
B9cB9cB9cB9cB9cB9cB9cB9cB9cB9cB9dB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9dB9dB9eB9eB9eB9eB9e\
B9dB9dB9dB9dB9dB9dB9dB9dB9dB9dB9eB9eB9dB9eB9eB9eB9eB9eB9eB9eB9dB9dB9dB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9dB9eB9eB9eB9eB9eB9e\
B9fB9fB9fB9fB9fB9fB9fB9fB9fB9fB9gB9gB9gB9gB9gB9gB9gB9gB9gB9gB8wB8wB8wB8wB8wB8wB8wB8wB8wB8wB8uB8uB8uB8uB8uB8uB8uB8uB9hB8u\
B8wB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8tB8zB8uB8uB8uB8uB8uB8uB8uB8rB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8tB8uB8u\
B80B80B80B80B80B80B80B80B80B80B8uB8uB8uB8uB8uB8uB8uB9iB8uB8uB8uB8uB8uB8uB8uB8uB8uB8xB8uB8uB8uB8rB8uB8uB8uB8uB8uB8uB9jB8u\
B8uB8uB8wB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8zB8uB8uB8uB8uB8uB8uB8uB8uB8uB9kB8uAAAAAAAAAAAAAAAAAAAAAAAAB7yAAA\
B8rB8uB8uB8uB8wB8uB8uB8uB8uB8uB80B8uB8uB8rB80B8rB8rB8uB8uB8uB74B74B74B74B74B74B9IB9IB74B74B7yB7yAAAAAAB7yB7yAAAAAAB74B7y\
B8rB8uB8uB8uB8uB8uB8uB8uB8uB8uB80B8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8uB8wB8uB8uB8uB8uB8xB8uB8uB8uB8uB8uB8uB8uB8uB8u\
AAAAAAAAAAAAAAAAAAB7yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB9lAAAB8uB9mB8uB8uB8uB8uB8uB9kB8uB8uB8uB8uB9mB8uB8uB8uB8uB8uB8uB8u\
B8uB8uB8uB8uB8uB8uB8uB8uB8uB8tB8uB8wB8wB8wB9nB8wB8wB8wB8wB8wB8uB8wB8uB8uB8uB8uB8uB8uB8uB8uB8sB8sB8sB8sB8sB8sB8sB8sB8sB8s\
B9VB9VB9VB9VB9VB9VB9VB9VB9VB9VB9TB9TB9TB9TB9TB9TB9TB9TB9TB9TAAAAAAAAAAAAAAAAAAAAAAAAB9TAAAB9oB9oB9oB9oB9oB9oB9oB9oB9oB9o\
B9pB9pB9pB9pB9pB9pB9pB9pB9pB9pB9VAAAAAAAAAAAAAAAAAAAAAAAAAAAB9qB9qB9qB9qB9qB9qB9qB9qB9qB9qB9rB9rB9rB9rB9rB9rB9rB9rB9rB9r\
B9sB9sB9sB9sB9sB9sB9sB9sB9sB9sB9tB9tB9tB9tB9tB9tB9tB9tB9tB9tB9uB9uB9uB9uB9uB9uB9uB9uB9uB9uB9vB9vB9vB9vB9vB9vB9vB9vB9vB9v\
B9wB9wB9wB9wB9wB9wB9wB9wB9wB9wB9dB9dB9eB9dB9eB9eB9eB9eB9eB9eB9dB9eB9dB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9eB9dB9eB9eB9e\
B9dB9dB9eB9eB9eB9eB9eB9eB9eB9eB9xAAAAAAAAAAAAAAAAAAAAAAAAAAAB9bB9eB9eB9eB9eB9eB9eB9eB9eB9eB9dB9dB9dB9dB9dB9dB9eB9dB9dB9d\
B9yB9yB9yB9yB9yB9yB9yB9yB9yB9yB9zB9zB9zB9zB9zB9zB9zB9zB9zB9zB90B90B90B90B90B90B90B90B90B90B91B91B91B91B91B91B91B91B91B91\
B92B92B92B92B92B92B92B92B92B92B93B93B93B93B93B93B93B93B93B93B94B94B94B94B94B94B94B94B94B94B95B95B95B95B95B95B95B95B95B95\
B96B96B96B96B96B96B96B96B96B96B97AAAB98AAAAAAAAAAAAAAAAAAAAAB99B99B99B99B99B99B99B99B99B99B9+B9+B9+B9+B9+B9+B9+B9+B9+B9+\
B9/B9/B9/B9/B9/B9/B9/B9/B9/B9/B94B94B94B94B94B94B94B94B94B94B+AB+AB+AB+AB+AB+AB+AB+AB+AB+AB9uB9uB9uB9uB9uB9uB9uB9uB9uB9u\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB91B91B91B91B91B91B91B91B91B91B95B95B95B95B95B95B95B95B95B95AAAB+BB+BB+BB+BB+BB+BB+BB+BB+B\
B+BB+BB+BB+BB+BB+BB+BB+BB+BB+BB+CB+CB+CB+CB+CB+CB+CB+CB+CB+CB+DB+DB+DB+DB+DB+DB+DB+DB+DB+DB+EB+EB+EB+EB+EB+EB+EB+EB+EB+E\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+FB+FB+FB+FB+FB+FB+FB+FB+FB+FB+GB+GB+GB+GB+GB+GB+GB+GB+GB+GB+HB+HB+HB+HB+HB+HB+HB+HB+HB+H\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+IB+IB+IB+IB+IB+IB+IB+IB+IB+IB92B92B92B92B92B92B92B92B92B92B+JB+JB+JB+JB+JB+JB+JB+JB+JB+J\
B+KB+KB+KB+KB+KB+KB+KB+KB+KB+KB+AB+AB+AB+AB+AB+AB+AB+AB+AB+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+MB+NB+OB+PB+QB+RB+SB+TB+U\
AAAB+VAAAB+VAAAAAAAAAB+VAAAAAAAAAB+VAAAB+VB+VB+VB+VAAAB+VAAAAAAB+VAAAAAAB+VB+VAAAAAAB+VAAAAAAB+VAAAAAAB+VB+VAAAAAAAAAAAA\
AAAB+VAAAAAAB+VAAAB+VAAAB+VAAAAAAB+VAAAAAAAAAAAAB+VAAAAAAAAAAAAB+VAAAAAAB+VAAAB+VB+VAAAAAAAAAB+VAAAB+VB+VAAAB+VB+VAAAAAA\
B+WB+XB+YB+XB+ZAAAB+aAAAAAAB+bB+cB+dB+eB+cB+cB+cB+dB+cB+eB+eB+fB+fB+fB+fB+fB+fAAAAAAAAAAAAB+fB+fB+fB+fB+fB+fB+fB+fB+fB+f\
B+fB+fB+fB+fAAAAAAAAAAAAAAAAAAB+gB+hB+iB+jB+kAAAAAAAAAAAAAAAB+lAAAB+mB+nB+oB+pB+qAAAB+rB+sB+fB+fB+fB+fB+fB+tB+fAAAB+uB+v\
B+wB+wB+wB+wB+wB+wB+wB+wB+wB+wB+xB+xB+xB+xB+xB+xB+xB+xB+xB+xB+yB+yB+yB+yB+yB+yB+yB+yB+yB+yB+zB+zB+zB+zB+zB+zB+zB+zB+zB+z\
B+0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+wAAAAAAAAAAAAAAAAAAAAAB+1B+2B+1AAAAAAAAAB+1AAAB+1B+1B+3AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAB+4AAAAAAB+1AAAAAAAAAAAAAAAAAAB+5B+5AAAAAAAAAAAAAAAAAAAAAAAAB+5AAAAAAAAAAAAB+5B+5B+5AAAB+6B+7B+5B+5B+7AAAB+rAAAAAAAAA\
B+5AAAAAAAAAAAAAAAAAAAAAB+8AAAB+5B+5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+5B+5AAAAAAAAAAAAAAAAAAB+5AAAAAAAAA\
AAAB+5AAAAAAAAAAAAAAAAAAAAAB+5AAAB+9AAAAAAAAAB+zAAAAAAAAAAAAAAAB+zB+zB++AAAAAAAAAAAAB+/AAAB+zB+zB+zB+zAAAB+zB/AB/BB/CB+z\
B/DB/DB/DB/DB/DB/DB/DB/DB/DB/DB/EB/EB/EB/EB/EB/EB/EB/EB/EB/EB/FB/FB/FB/FB/FB/FB/FB/FB/FB/FB/GB/GB/GB/GB/GB/GB/GB/GB/GB/G\
B/HAAAAAAAAAAAAAAAAAAAAAAAAAAAB/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB/IAAAAAAAAAAAAAAAAAAAAAB/DB/DB/DAAAAAAAAAAAAAAAAAAAAA\
AAAB/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+5AAAAAAAAAAAAAAAAAAB+5AAAAAAAAAAAA\
B+5AAAAAAAAAAAAAAAAAAAAAAAAAAAB/GAAAAAAAAAAAAAAAAAAAAAAAAAAAB/GB/GB/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB/GAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAB/GAAAAAAAAAAAAAAAAAAAAAB/GAAAAAAAAAAAAAAAAAAAAAAAAAAAB/GB/GB/GB/JB/JB/JB/JB/JB/JB/JB/JB/JB/J\
B/KB/KB/KB/KB/KB/KB/KB/KB/KB/KB/LB/LB/LB/LB/LB/LB/LB/LB/LB/LB/MB/MB/MB/MB/MB/MB/MB/MB/MB/MB/JAAAAAAAAAAAAAAAAAAAAAAAAB/J\
AAAB/JAAAAAAAAAAAAAAAAAAAAAAAAB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/NB/OB/OB/OB/OB/OB/OB/OB/OB/OB/O\
B/PB/PB/PB/PB/PB/PB/PB/PB/PB/PB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/QB/RB/RB/RB/RB/RB/RB/RB/RB/RB/R\
B/SB/SB/SB/SB/SB/SB/SB/SB/SB/SB/TB/TB/TB/TB/TB/TB/TB/TB/TB/TB/UB/UB/UB/UB/UB/UB/UB/UB/UB/UB/VB/VB/VB/VB/VB/VB/VB/VB/VB/V\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB/XAAAAAAAAAAAAAAAAAAAAAB/YAAAAAAB/ZAAAAAAAAAAAAAAAB/aB/a\
AAAB/ZB/ZAAAAAAB/ZAAAB/ZB/ZB/ZB/bB/bB/bB/bB/bB/bB/bB/bB/bB/bB/cB/cB/cB/cB/cB/cB/cB/cB/cB/cB/dB/dB/dB/dB/dB/dB/dB/dB/dB/d\
B/eB/eB/eB/eB/eB/eB/eB/eB/eB/eB/fB/fB/fB/fB/fB/fB/fB/fB/fB/fB/gB/gB/gB/gB/gB/gB/gB/gB/gB/gB/hB/hB/hB/hB/hB/hB/hB/hB/hB/h\
B/iB/iB/iB/iB/iB/iB/iB/iB/iB/iB/jB/jB/jB/jB/jB/jB/jB/jB/jB/jB/kB/kB/kB/kB/kB/kB/kB/kB/kB/kB/lB/lB/lB/lB/lB/lB/lB/lB/lB/l\
B/mB/mB/mB/mB/mB/mB/mB/mB/mB/mB/nB/nB/nB/nB/nB/nB/nB/nB/nB/nB/oB/oB/oB/oB/oB/oB/oB/oB/oB/oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB/qB/rB/sB/tAAAAAAB/uB/vB/wB/xB/yAAAAAAAAAB/zB/0B/0B/0B/0B/0B/0B/0B/0B/1B/0\
B/0B/0B/2B/3AAAB/4B/0B/0B/0AAAB/5AAAAAAAAAAAAAAAAAAAAAAAAB/6AAAAAAAAAAAAAAAAAAAAAAAAB/7AAAB/7B/7B/7B/8B/9B/7B/7B/7B/+B/7\
B/7B/7B/7B/7B/7B//CAAB/7CABCACB/7AAAAAAAAAAAAAAAB/7B/7AAAB/7B/7AAAAAAB/7AAAAAAAAAAAAAAAAAAAAAAAACADAAAAAAAAAAAAAAAAAAAAA\
CAECAECAECAECAECAECAECAECAECAECAECAECAEAAACAEAAAAAACAECAECAECAECAECAECAECAECAECAECAECAEAAACAECAEAAAAAAAAAAAAAAAAAAAAAAAA\
CAECAECAECAECAECAEAAAAAAAAAAAACAFCAFCAFCAFCAFCAFCAFCAFCAGCAGCAHCAHCAHCAHCAHCAHCAHCAHCAHCAHCAICAICAICAICAICAICAICAICAICAI\
AAACAICAICAICAICAIAAACAICAIAAACAIAAACAICAICAIAAACAICAICAIAAACAIAAACAICAIAAACAICAICAICAICAICAIAAACAICAICAICAICAICAICAICAI\
CAIAAACAICAICAICAICAICAICAIAAACAICAIAAAAAACAICAICAICAICAICAIAAAAAAAAACAICAICAICAICAICAICAIAAAAAAAAAAAACAJAAAAAAAAAAAACAK\
CALCALCALCALCALCALCALCALCALCALCAMCAMCAMCAMCAMCAMCAMCAMCAMCAMCANCANCANCANCANCANCANCANCANCANCAOCAOCAOCAOCAOCAOCAOCAOCAOCAO\
CAPCAPCAPCAPCAPCAPCAPCAPCAPCAPCAQCAQCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAQAAAAAAAAAAAAAAAAAACARCARCARCARCARCARCARCARCARCAR\
CASCASCASCASCASCASCASCASCASCASCAQCAQCAQCAQCAQCAQCAQCAQCAQCAQCATCATCATCATCATCATCATCATCATCATCAUCAUCAUCAUCAUCAUCAUCAUCAUCAU\
CAVCAVCAVCAVCAVCAVCAVCAVCAVCAVCAWCAWCAWCAWCAWCAWCAWCAWCAWCAWCAXCAXCAXCAXCAXCAXCAXCAXCAXCAXCAYCAYCAYCAYCAYCAYCAYCAYCAYCAY\
CAZCAZCAZCAZCAZCAZCAZCAZCAZCAZCAaCAaCAaCAaCAaCAaCAaCAaCAaCAaCAbCAbCAbCAbCAbCAbCAbCAbCAbCAbCAcCAcCAcCAcCAcCAcCAcCAcCAcCAc\
CAdCAdCAdCAdCAdCAdCAdCAdCAdCAdCAeCAeCAeCAeCAeCAeCAeCAeCAeCAeCAfCAfCAfCAfCAfCAfCAfCAfCAfCAfCAgCAgCAgCAgCAgCAgCAgCAgCAgCAg\
CAhCAhCAhCAhCAhCAhCAhCAhCAhCAhCAiCAiCAiCAiCAiCAiCAiCAiCAiCAiCAjCAjCAjCAjCAjCAjCAjCAjCAjCAjCAkCAkCAkCAkCAkCAkCAkCAkCAkCAk\
CAlCAlCAlCAlCAlCAlCAlCAlCAlCAlCAmCAmCAmCAmCAmCAmCAmCAmCAmCAmCAnCAnCAnCAnCAnCAnCAnCAnCAnCAnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAACApCApCApCApAAACAqCAqCAqCAqCAqCAqCAqCAqCAqCAqCArCArCArCArCArCArCArCArCArCArCAsCAsCAsCAsCAsCAsCAsCAsCAsCAs\
CAtCAtCAtCAtCAtCAtCAtCAtCAtCAtCAuCAuCAuCAuCAuCAuCAuCAuCAuCAuCAvCAvCAvCAvCAvCAvCAvCAvCAvCAvCAwCAwCAwCAwCAwCAwCAwCAwCAwCAw\
CAxCAxCAxCAxCAxCAxCAxCAxCAxCAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAzCA0CA1CA2AAAAAAAAACA3AAAAAAAAAAAAAAAAAACA4\
CA5CA5CA5CA5CA5CA5CA5CA5CA6CA5CA5CA5CA7CA8AAACA9CA5CA5CA5AAACA+AAAAAAAAAAAAAAAAAAAAAAAACA/AAAAAAAAAAAAAAAAAAAAAAAACBAAAA\
AAAAAACBBAAAAAAAAAAAAAAAAAAAAACBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCAAACBCAAAAAACBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCCBCAAA\
CBCCBCAAAAAAAAAAAAAAAAAAAAAAAACBCCBCCBCCBCCBCCBCAAAAAAAAAAAACBDCBDCBDCBDCBDCBDCBDCBDCBECBECBFCBFCBFCBFCBFCBFCBFCBFCBFCBF\
AAAAAAAAAAAAAAAAAAAAAAAACBGCBGAAAAAAAAAAAACBHAAAAAAAAAAAACBICBJCBJCBJCBJCBJCBJCBJCBJCBJCBJCBKCBKCBKCBKCBKCBKCBKCBKCBKCBK\
CBLCBLCBLCBLCBLCBLCBLCBLCBLCBLCBMCBMCBMCBMCBMCBMCBMCBMCBMCBMCBNCBNCBNCBNCBNCBNCBNCBNCBNCBNCBOCBOCBOAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAACBOAAAAAAAAAAAAAAAAAACBPCBPCBPCBPCBPCBPCBPCBPCBPCBPCBQCBQCBQCBQCBQCBQCBQCBQCBQCBQCBOCBOCBOCBOCBOCBOCBOCBOCBOCBO\
CBRCBRCBRCBRCBRCBRCBRCBRCBRCBRCBSCBSCBSCBSCBSCBSCBSCBSCBSCBSCBTCBTCBTCBTCBTCBTCBTCBTCBTCBTCBUCBUCBUCBUCBUCBUCBUCBUCBUCBU\
CBVCBVCBVCBVCBVCBVCBVCBVCBVCBVCBWCBWCBWCBWCBWCBWCBWCBWCBWCBWCBXCBXCBXCBXCBXCBXCBXCBXCBXCBXCBYCBYCBYCBYCBYCBYCBYCBYCBYCBY\
CBZCBZCBZCBZCBZCBZCBZCBZCBZCBZCBaCBaCBaCBaCBaCBaCBaCBaCBaCBaCBbCBbCBbCBbCBbCBbCBbCBbCBbCBbCBcCBcCBcCBcCBcCBcCBcCBcCBcCBc\
CBdCBdCBdCBdCBdCBdCBdCBdCBdCBdCBeCBeCBeCBeCBeCBeCBeCBeCBeCBeCBfCBfCBfCBfCBfCBfCBfCBfCBfCBfCBgCBgCBgCBgCBgCBgCBgCBgCBgCBg\
CBhCBhCBhCBhCBhCBhCBhCBhCBhCBhCBiCBiCBiCBiCBiCBiCBiCBiCBiCBiCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBkCBkCBkCBkCBkCBkCBkCBkCBkCBk\
CBlCBlCBlCBlCBlCBlCBlCBlCBlCBlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBnCBnCBnCBoCBpCBqCBrCBsCBtCBuCBuCBuCBuCBuCBuCBuCBuCBuCBu\
CBuCBuAAACBuCBuCBuCBuAAACBuCBuAAAAAAAAAAAACBvCBwCBxAAAAAAAAACBwCBwCBwCBwCBwCBwCBwCBwCBwCBwAAAAAAAAAAAAAAAAAAAAACBwCBwCBw\
CByAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBzAAACB0AAACB1CB1CB1CB1CB1CB1CB1CB1CB1CB1CB2CB2CB2AAAAAAAAAAAAAAAAAACB2\
CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2CB2AAAAAAAAAAAAAAACB3CB4CB4CB5CB5CB5CB5AAACB5CB5AAACB6AAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACB7CB7AAAAAAAAAAAAAAAAAACB8CB8CB8CB8CB8CB8CB8CB8CB8CB8CB9CB9CB9CB9CB9CB9CB9CB9CB9CB9CB+CB+CB+CB+CB+CB+CB+CB+CB+CB+\
AAACB/AAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACB1CCBCCBCCBCCBCCBCCBCCBCCBCCBCCB\
CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCDCCDCCDCCDCCDCCDCCDCCDCCDCCDCCECCECCECCECCECCECCECCECCECCECCFCCFCCFCCFCCFCCFCCFCCFCCFCCF\
CCGCCGCCGCCGCCGCCGCCGCCGCCGCCGCCHCCHCCHCCHCCHCCHCCHCCHCCHCCHCCICCICCICCICCICCICCICCICCICCICCJCCJCCJCCJCCJCCJCCJCCJCCJCCJ\
CCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCLCCLCCLCCLCCLCCLCCLCCLCCLCCLCCMCCMCCMCCMCCMCCMCCMCCMCCMCCMCCNCCNCCNCCNCCNCCNCCNCCNCCNCCN\
CCOCCOCCOCCOCCOCCOCCOCCOCCOCCOCCPCCPCCPCCPCCPCCPCCPCCPCCPCCPCCQCCQCCQCCQCCQCCQCCQCCQCCQCCQCCRCCRCCRCCRCCRCCRCCRCCRCCRCCR\
CCSCCSCCSCCSCCSCCSCCSCCSCCSCCSCCTCCTCCTCCTCCTCCTCCTCCTCCTCCTCCUCCUCCUCCUCCUCCUCCUCCUCCUCCUCCVCCVCCVCCVCCVCCVCCVCCVCCVCCV\
CCWCCWCCWCCWCCWCCWCCWCCWCCWCCWCCXCCXCCXCCXCCXCCXCCXCCXCCXCCXCCYCCYCCYCCYCCYCCYCCYCCYCCYCCYCCZCCZCCZCCZCCZCCZCCZCCZCCZCCZ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCaCCaCCaCCaCCaCCaCCaCCaCCaCCaCCbCCbCCbCCbCCbCCbCCbCCbCCbCCbCCcCCcCCcCCcCCcCCcCCcCCcCCcCCc\
CCdCCdCCdCCdCCdCCdCCdCCdCCdCCdCCeCCeCCeCCeCCeCCeCCeCCeCCeCCeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCgCChCCiCCgAAACCjCCkCCg\
CClCClCClCClCClCClCClCClCClCClCCmCCnCCoAAAAAAAAACCpAAAAAACCqCClCClCClCClCClCClCClCClCClAAACCrCCrCCrCCrCCrCCrCCrCCrCCrCCr\
CCsCCtCCuAAAAAAAAAAAAAAACCvAAACCwCCwCCwCCwCCwCCwCCwCCwCCwCCwCCxCCyCCyCCyCCyCCyCCyCCyCCyCCyCCyCCzCCzCCzCC0CCzCCyCCyCCyCCy\
CCyCCyCCyCCyCC0CCyCCyCCyCCyCCyCCwCCwCCwCCwCCwAAAAAAAAAAAAAAAAAACCwAAAAAAAAAAAAAAAAAAAAAAAACCyCCyCCyCCyCCyCCyCCyCCyCCyCCy\
AAACC1AAAAAAAAAAAAAAAAAAAAAAAAAAACC2CC3AAAAAAAAAAAAAAAAAAAAAAAACC2AAAAAAAAAAAAAAAAAAAAAAAACC4CC4CC4CC4CC4CC4CC4CC4CC4CC4\
CC5CC5CC5CC5CC5CC5CC5CC5CC5CC5CC6CC7CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC7CC7CC7CC7CC7CC7CC7CC7CC7CC7\
CC7CC6CC6CC6CC6CC6CC6CC6CC6CC6CC8AAAAAAAAAAAAAAAAAAAAAAAAAAACC9AAAAAAAAAAAAAAAAAAAAAAAAAAACC+AAAAAAAAAAAAAAAAAAAAAAAAAAA\
CC/CC/CC/CC/CC/CC/CC/CC/CC/CC/CDACDACDACDACDACDACDACDACDACDACDBCDBCDBCDBCDBCDBCDBCDBCDBCDBCDCCDCCDCCDCCDCCDCCDCCDCCDCCDC\
CDDCDDCDDCDDCDDCDDCDDCDDCDDCDDCDECDECDECDECDECDECDECDECDECDECDBAAAAAAAAAAAAAAAAAAAAAAAAAAACDFCDFCDFCDFCDFCDFCDFCDFCDFCDF\
CDGCDGCDGCDGCDGCDGCDGCDGCDGCDGCDHCDHCDHCDHCDHCDHCDHCDHCDHCDHCDICDICDICDICDICDICDICDICDICDICDJCDJCDJCDJCDJCDJCDJCDJCDJCDJ\
CDKCDKCDKCDKCDKCDKCDKCDKCDKCDKCDLCDLCDLCDLCDLCDLCDLCDLCDLCDLCDMCDMCDMCDMCDMCDMCDMCDMCDMCDMCDNCDNCDNCDNCDNCDNCDNCDNCDNCDN\
CDOCDOCDOCDOCDOCDOCDOCDOCDOCDOCDPCDPCDPCDPCDPCDPCDPCDPCDPCDPCDQCDQCDQCDQCDQCDQCDQCDQCDQCDQCDRCDRCDRCDRCDRCDRCDRCDRCDRCDR\
CDSCDSCDSCDSCDSCDSCDSCDSCDSCDSCDTCDTCDTCDTCDTCDTCDTCDTCDTCDTCDUCDUCDUCDUCDUCDUCDUCDUCDUCDUCDVCDVCDVCDVCDVCDVCDVCDVCDVCDV\
CDWCDWCDWCDWCDWCDWCDWCDWCDWCDWCDXCDXCDXCDXCDXCDXCDXCDXCDXCDXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACDZCDaCDbCDcCDdCDeCDfCDgCDhCDiCDiCDiCDiCDiCDiCDjCDkAAAAAACDiCDlAAAAAAAAAAAAAAAAAAAAAAAACDiCDmAAAAAACDnAAACDiCDkAAA\
AAACDiCDoCDiCDiCDpAAACDiCDqAAAAAACDiCDiCDiCDiCDrAAACDiCDsCDiAAACDiCDtCDiAAAAAAAAAAAAAAAAAAAAACDiCDiAAACDiCDkAAAAAACDuAAA\
AAACDvCDvCDvCDvCDvCDvAAAAAAAAAAAAAAAAAAAAAAAACDwCDwAAAAAAAAACDwCDwCDwCDwCDwCDwCDwCDwCDwCDwAAACDwCDwAAACDwCDwAAACDwAAACDw\
AAACDwCDwAAACDwAAAAAAAAAAAAAAAAAAAAACDwCDwAAACDwCDwAAAAAAAAAAAACDwCDwCDwAAACDwAAACDwAAAAAAAAAAAACDwCDwCDwAAAAAAAAAAAAAAA\
AAACDwCDwCDwCDwAAACDwAAAAAACDwAAACDwAAACDwCDwCDwAAAAAAAAAAAAAAACDwCDwCDwCDwAAAAAAAAAAAAAAAAAAAAACDwCDwCDwCDwAAACDwAAAAAA\
AAACDwCDwCDwCDwCDwAAAAAAAAAAAAAAACDwAAACDwCDwCDwCDwCDwAAACDwAAAAAAAAAAAACDwAAAAAAAAAAAAAAACDxCDxCDxCDxCDxCDxCDxCDxCDxCDx\
CDyCDyCDyCDyCDyCDyCDyCDyCDyCDyCDzCDzCDzCDzCDzCDzCDzCDzCDzCDzCD0CD0CD0CD0CD0CD0CD0CD0CD0CD0CD1CD1CD1CD1CD1CD1CD1CD1CD1CD1\
CD2CD2CD2CD2CD2CD2CD2CD2CD2CD2CD3CD3CD3CD3CD3CD3CD3CD3CD3CD3CD4CD4CD4CD4CD4CD4CD4CD4CD4CD4CD5CD5CD5CD5CD5CD5CD5CD5CD5CD5\
CD6CD6CD6CD6CD6CD6CD6CD6CD6CD6CD7CD7CD7CD7CD7CD7CD7CD7CD7CD7CD8CD8CD8CD8CD8CD8CD8CD8CD8CD8CD9CD9CD9CD9CD9CD9CD9CD9CD9CD9\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACD/CD/CEACEBCD/CD/CECCD/CEDCEDCEDCEDCEDCEDCEDCEDCEDCED\
CEDCEDCEECEECEFCEDAAAAAAAAAAAACEDCEDCEDCEDCEDCEGCEHCEICEDCEDCEECEECEECEJCEDCEDCEKCELCEECEMCENCENCENCENCENCENCENCENCENCEN\
CEOCEOCEOCEOCEOCEOCEOCEOCEOCEOAAACEPAAAAAACEQCERCEOCEOCESCEOAAAAAAAAACEOCETAAACENAAAAAAAAAAAAAAAAAAAAAAAAAAACEOCEOAAAAAA\
AAACEUCEVCEWCEXAAAAAAAAAAAAAAACEOCEOCEOCEYCEOCEYCEOCEOCEOCEOCENCENCENCENCENCENCEZCENCEZCENCENCENCEZCENCEaCENCENCEZCENCEN\
CEOCEOCEOCEOCEOCEOCEOCEOCEOCEYCEbCEbCEbCEbCEbCEbCEbCEbCEbCEbCEcCEcCEcCEcCEcCEcCEcCEcCEcCEcCEcAAACEcAAACEcAAACEcCEcAAACEc\
AAAAAACEECEECEdAAAAAACEECEECEEAAAAAAAAAAAAAAACEeCEECEEAAAAAACEfCEfCEfCEfCEcCEcCEcCEcCEfCEfCEcCEcCEcCEcCEcCEcCEcCEcAAAAAA\
CEcAAAAAAAAACEcAAAAAAAAAAAAAAACEcAAAAAACEcAAACEcAAAAAAAAAAAAAAAAAAAAAAAAAAACEcAAAAAACEcAAAAAAAAAAAAAAAAAAAAAAAAAAACEcAAA\
CEgCEgCEgCEgCEgCEgCEgCEgCEgCEgCEhCEhCEhCEhCEhCEhCEhCEhCEhCEhCEhCEhCEbCEbCEbCEhCEbCEbCEbCEbCEiCEiCEiCEiCEiCEiCEiCEiCEiCEi\
CEjCEjCEjCEjCEjCEjCEjCEjCEjCEjAAACEOAAAAAACEOCEOCEOCEOCEOCEOAAAAAAAAACEOCETAAAAAAAAAAAAAAACEkCEkCEkCEkCEkCEkCEkCEkCEkCEk\
CElCElCElCElCElCElCElCElCElCElCEmCEmCEmCEmCEmCEmCEmCEmCEmCEmCEnCEnCEnCEnCEnCEnCEnCEnCEnCEnCEoCEoCEoCEoCEoCEoCEoCEoCEoCEo\
CEpCEpCEpCEpCEpCEpCEpCEpCEpCEpCEqCEqCEqCEqCEqCEqCEqCEqCEqCEqCErCErCErCErCErCErCErCErCErCErCEsCEsCEsCEsCEsCEsCEsCEsCEsCEs\
CEtCEtCEtCEtCEtCEtCEtCEtCEtCEtCEuCEuCEuCEuCEuCEuCEuCEuCEuCEuCEvCEvCEvCEvCEvCEvCEvCEvCEvCEvCEwCEwCEwCEwCEwCEwCEwCEwCEwCEw\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEoCEoCEoCEoCEoCEoCEoCEoCEoCEoCEnCEnCEnCEnCEnCEnCEnCEnCEnCEn\
CEnCEnCEnCEnCEnCEnCEnCEnCEnCEnAAAAAAAAACEyAAAAAAAAACEzCE0CE1CE2AAACE2CE3AAAAAACE2AAAAAACE4CE5CE5CE6AAAAAACE5CE5CE5CE5CE7\
CE8CE9AAAAAAAAAAAAAAAAAACE+AAAAAAAAAAAACE4AAAAAAAAAAAAAAAAAACE/CE/CE/CE/CE/CE/CE/CE/CE/CE/AAAAAAAAAAAAAAAAAAAAAAAACE/CE/\
CFACFACFACFACFACFACFACFACFACFACFBCFBCFBCFBCFBCFBCFBCFBCFBCFBAAACFBAAAAAAAAAAAAAAAAAAAAAAAACFBAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CFCAAAAAAAAAAAAAAAAAAAAAAAAAAACFDAAACFDAAACFDAAACFDAAACFDAAAAAAAAAAAAAAACFEAAACFEAAACFECFECFFCFFCFFCFFCFFCFFCFFCFFCFFCFF\
CFGCFGCFGCFGCFGCFGCFGCFGCFGCFGCFHCFHCFHCFHCFHCFHCFHCFHCFHCFHCFICFICFICFICFICFICFICFICFICFICFJCFJCFJCFJCFJCFJCFJCFJCFJCFJ\
CFKCFKCFKCFKCFKCFKCFKCFKCFKCFKCFLCFLCFLCFLCFLCFLCFLCFLCFLCFLCFMCFMCFMCFMCFMCFMCFMCFMCFMCFMCFNCFNCFNCFNCFNCFNCFNCFNCFNCFN\
CFOCFOCFOCFOCFOCFOCFOCFOCFOCFOCFPCFPCFPCFPCFPCFPCFPCFPCFPCFPCFQCFQCFQCFQCFQCFQCFQCFQCFQCFQCFRCFRCFRCFRCFRCFRCFRCFRCFRCFR\
CFSCFSCFSCFSCFSCFSCFSCFSCFSCFSCFTCFTCFTCFTCFTCFTCFTCFTCFTCFTCFUCFUCFUCFUCFUCFUCFUCFUCFUCFUCFVCFVCFVCFVCFVCFVCFVCFVCFVCFV\
CFWCFWCFWCFWCFWCFWCFWCFWCFWCFWCFXCFXCFXCFXCFXCFXCFXCFXCFXCFXCFYCFYCFYCFYCFYCFYCFYCFYCFYCFYCFZCFZCFZCFZCFZCFZCFZCFZCFZCFZ\
CFaCFaCFaCFaCFaCFaCFaCFaCFaCFaCFbCFbCFbCFbCFbCFbCFbCFbCFbCFbCFcCFcCFcCFcCFcCFcCFcCFcCFcCFcCFdCFdCFdCFdCFdCFdCFdCFdCFdCFd\
CFeCFeCFeCFeCFeCFeCFeCFeCFeCFeCFfCFfCFfCFfCFfCFfCFfCFfCFfCFfCFgCFgCFgCFgCFgCFgCFgCFgCFgCFgCFhCFhCFhCFhCFhCFhCFhCFhCFhCFh\
CFiCFiCFiCFiCFiCFiCFiCFiCFiCFiCFjCFjCFjCFjCFjCFjCFjCFjCFjCFjCFkCFkCFkCFkCFkCFkCFkCFkCFkCFkCFlCFlCFlCFlCFlCFlCFlCFlCFlCFl\
CFmCFmCFmCFmCFmCFmCFmCFmCFmCFmCFnCFnCFnCFnCFnCFnCFnCFnCFnCFnCFoCFoCFoCFoCFoCFoCFoCFoCFoCFoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACFqCFrCFsAAAAAAAAACFtAAACFuCFuCFuCFuCFuCFvCFuCFuCFuCFuCFuCFuCFuCFuCFuCFwCFuCFuCFuCFu\
CFuCFuCFuCFuCFuCFxCFuCFuCFuCFuCFyAAAAAAAAAAAAAAAAAAAAAAAAAAACFzCFzCFzCFzCFzCFzCFzCFzCFzCFzCF0AAAAAAAAAAAAAAAAAAAAACF0AAA\
CF0CF0CF0CF0CF0CF0CF0CF0CF0CF0AAACF0CF0CF0CF0CF0CF0CF0AAAAAACF1AAAAAAAAAAAAAAAAAAAAAAAAAAACF2CF2CF2CF2CF2CF2CF2CF2CF2CF2\
CF3CF3CF3CF3CF3CF3CF3CF3CF3CF3CF4CF4CF4CF4CF4CF4CF4CF4CF4CF4CF5CF5CF5CF5CF5CF5CF5CF5CF5CF5CF6CF6CF6CF6CF6CF6CF6CF6CF6CF6\
CF7CF7CF7CF7CF7CF7CF7CF7CF7CF7CF8CF8CF8CF8CF8CF8CF8CF8CF8CF8CF9CF9CF9CF9CF9CF9CF9CF9CF9CF9CF+CF+CF+CF+CF+CF+CF+CF+CF+CF+\
CF/CF/CF/CF/CF/CF/CF/CF/CF/CF/CGACGACGACGACGACGACGACGACGACGACGBCGBCGBCGBCGBCGBCGBCGBCGBCGBCGCCGCCGCCGCCGCCGCCGCCGCCGCCGC\
CGDCGDCGDCGDCGDCGDCGDCGDCGDCGDCGECGECGECGECGECGECGECGECGECGEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAACGHCGICGJCGJCGKCGJCGLCGMAAAAAAAAAAAAAAAAAAAAAAAACGNAAAAAAAAACGOAAAAAAAAAAAAAAA\
CGPCGPCGPCGPAAAAAAAAAAAAAAAAAACGPCGPCGPCGPCGPCGPCGPCGPCGPCGPCGQAAACGPCGPCGPCGPAAAAAAAAACGPCGRAAACGSAAAAAAAAAAAACGTAAAAAA\
AAAAAACGUAAACGSCGSCGSCGVCGSCGSCGSCGSCGSCGSCGSAAAAAAAAAAAAAAAAAACGSCGSCGSCGSCGSCGSAAAAAACGSCGVCGVCGVCGVCGVCGVCGVCGVCGVCGV\
CGWCGWCGWCGWCGWCGWCGWCGWCGWCGWAAACGXAAAAAAAAAAAAAAAAAAAAAAAACGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGYCGX\
AAAAAAAAAAAAAAAAAACGYCGYAAAAAACGXCGXCGXCGXCGXCGXCGXCGXCGXCGXCGZCGZCGZCGZCGZCGZCGZCGZCGZCGZCGaCGaCGaCGaCGaCGaCGaCGaCGaCGa\
CGbCGbCGbCGbCGbCGbCGbCGbCGbCGbCGcCGcCGcCGcCGcCGcCGcCGcCGcCGcCGdCGdCGdCGdCGdCGdCGdCGdCGdCGdCGeCGeCGeCGeCGeCGeCGeCGeCGeCGe\
CGfCGfCGfCGfCGfCGfCGfCGfCGfCGfCGgCGgCGgCGgCGgCGgCGgCGgCGgCGgCGhCGhCGhCGhCGhCGhCGhCGhCGhCGhCGiCGiCGiCGiCGiCGiCGiCGiCGiCGi\
CGjCGjCGjCGjCGjCGjCGjCGjCGjCGjCGkCGkCGkCGkCGkCGkCGkCGkCGkCGkCGlCGlCGlCGlCGlCGlCGlCGlCGlCGlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACGnAAAAAACGoCGpAAAAAACGqCGrAAAAAAAAAAAAAAAAAAAAAAAA\
CGsCGsCGsCGsAAACGsCGsAAAAAAAAAAAAAAACGtAAAAAAAAAAAAAAAAAAAAAAAAAAACGuCGvCGwCGxCGyCGzCGzCG0CG1CG1CG1CG1CG1CG1CG1CG1CG1CG1\
CG2CG2CG2CG2CG2CG2CG2CG2CG2CG2AAAAAACG3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACG4AAAAAAAAAAAAAAAAAACG4CG4AAAAAAAAAAAAAAAAAAAAA\
AAACG4CG4CG4AAACG4CG4CG4AAAAAAAAACG4AAACG4AAAAAAAAAAAAAAAAAAAAACG4AAAAAAAAAAAAAAAAAACG4CG4AAACG4AAAAAAAAAAAAAAAAAAAAAAAA\
AAACG4AAAAAACG4AAAAAACG4CG4AAACG4CG4CG4CG4CG4CG4CG4CG4CG4CG4CG5CG5CG5CG5CG5CG5CG5CG5CG5CG5CG6CG6CG6CG6CG6CG6CG6CG6CG6CG6\
CG7CG7CG7CG7CG7CG7CG7CG7CG7CG7CG8CG8CG8CG8CG8CG8CG8CG8CG8CG8CG9CG9CG9CG9CG9CG9CG9CG9CG9CG9CG+CG+CG+CG+CG+CG+CG+CG+CG+CG+\
CG/CG/CG/CG/CG/CG/CG/CG/CG/CG/CHACHACHACHACHACHACHACHACHACHACHBCHBCHBCHBCHBCHBCHBCHBCHBCHBCHCCHCCHCCHCCHCCHCCHCCHCCHCCHC\
CHDCHDCHDCHDCHDCHDCHDCHDCHDCHDCHECHECHECHECHECHECHECHECHECHECHFCHFCHFCHFCHFCHFCHFCHFCHFCHFCHGCHGCHGCHGCHGCHGCHGCHGCHGCHG\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACHHCHHCHHCHHCHHCHHCHHCHHCHHCHHCHICHICHICHICHICHICHICHICHICHIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACHKAAACHLAAAAAAAAAAAAAAAAAAAAAAAACHMAAAAAAAAACHMAAACHMAAAAAAAAACHNAAAAAAAAACHNAAACHOAAAAAA\
CHPCHPCHPCHPCHPCHPCHPCHPCHPCHPCHQCHQCHQCHQCHQCHQCHQCHQCHQCHQAAAAAACHRCHSAAAAAAAAAAAAAAAAAACHTCHTCHTCHTCHTCHTCHTCHTCHTCHT\
CHUCHUCHUCHUCHUCHUCHUCHUCHUCHUCHVCHWCHXCHYCHZAAAAAAAAAAAAAAACHaCHbCHcCHcCHcCHcCHcAAAAAAAAACHdCHdCHdCHdCHdCHdCHdCHdCHdCHd\
CHeCHeCHeCHeCHeCHeCHeCHeCHeCHeAAAAAACHeCHeAAAAAAAAAAAAAAAAAAAAAAAACHeCHeAAACHeAAACHeAAAAAAAAAAAACHeAAACHeCHeAAAAAAAAAAAA\
AAAAAAAAAAAACHeCHeAAAAAAAAAAAAAAAAAAAAACHeCHeCHeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACHeAAAAAAAAAAAAAAAAAAAAAAAAAAACHeAAAAAACHe\
AAAAAAAAAAAAAAAAAAAAACHeAAAAAACHfCHfCHfCHfCHfCHfCHfCHfCHfCHfCHgCHgCHgCHgCHgCHgCHgCHgCHgCHgCHhCHhCHhCHhCHhCHhCHhCHhCHhCHh\
CHiCHiCHiCHiCHiCHiCHiCHiCHiCHiCHjCHjCHjCHjCHjCHjCHjCHjCHjCHjCHkCHkCHkCHkCHkCHkCHkCHkCHkCHkCHlCHlCHlCHlCHlCHlCHlCHlCHlCHl\
CHmCHmCHmCHmCHmCHmCHmCHmCHmCHmCHnCHnCHnCHnCHnCHnCHnCHnCHnCHnCHoCHoCHoCHoCHoCHoCHoCHoCHoCHoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACHqAAACHrAAACHsCHtCHuCHuAAAAAAAAACHvCHvCHvCHvCHvCHvCHvAAAAAACHwAAAAAAAAACHxCHyAAAAAAAAAAAA\
AAAAAAAAAAAACHvCHvCHvAAAAAAAAACHvCHvCHvCHvCHvCHvCHvCHvCHvAAACHvCHvCHvCHvCHvCHvCHvCHvCHvCHvCHzCHzCHzCHzCHzCHzCHzCHzCHzCHz\
AAAAAAAAAAAACH0CH1CH2AAAAAACH3AAAAAAAAAAAACH4CH5CH2CH6AAAAAAAAAAAAAAACH7CH7CH8CH9AAAAAAAAACH+CH+CH+CH+CH+CH+CH+CH+CH+CH+\
AAAAAAAAAAAAAAAAAAAAAAAAAAACH/AAAAAACH/CH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACH/CH/CH/AAAAAACH/CH/AAAAAAAAAAAACH/CH/CH/CH/\
AAAAAAAAAAAAAAACH/CH/AAAAAACH/AAAAAAAAAAAACH/CH/CH/AAAAAAAAACH/CH/AAAAAAAAAAAAAAACH/AAACH/CH/CH/CH/CH/CH/CH/CH/CH/CH/CH/\
CH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACH/CH/CH/CH/AAACIACIACIACIACIACIACIACIACIACIACIBCIBCIBCIBCIBCIBCIBCIBCIBCIB\
CICCICCICCICCICCICCICCICCICCICCIDCIDCIDCIDCIDCIDCIDCIDCIDCIDCIECIECIECIECIECIECIECIECIECIECIFCIFCIFCIFCIFCIFCIFCIFCIFCIF\
CIGCIGCIGCIGCIGCIGCIGCIGCIGCIGCIHCIHCIHCIHCIHCIHCIHCIHCIHCIHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CIJAAACIKAAAAAAAAAAAACILCIMCIMAAAAAAAAAAAAAAAAAAAAAAAACINCIOCIPCIQAAACIRAAAAAAAAAAAAAAAAAACIRAAAAAAAAACIRAAACIRCIRAAAAAA\
CIRCIRCIRCIRCIRCIRCIRCIRCIRCIRCISCISCISCISCISCISCISCISCISCISCITCITCITCITCITCITCITCITCITCITAAAAAACIUCIVCIWCIXCIYCIZAAAAAA\
AAAAAAAAAAAACIaCIXCIbCIcCIdAAACIeCIeCIeCIeCIeCIeCIeCIeCIeCIeCIfCIfCIfCIfCIfCIfCIfCIfCIfCIfCIgCIgCIgCIgCIgCIgCIgCIgCIgCIg\
CIhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIhCIhCIhCIhCIhCIhCIhCIhAAAAAACIhAAACIhCIhCIhAAAAAAAAAAAAAAACIhAAAAAACIhAAAAAAAAAAAAAAA\
AAACIhAAAAAACIhCIhAAACIhCIhAAAAAACIhCIhCIhCIhCIhAAACIhCIhAAAAAACIhAAAAAACIhCIhAAAAAAAAAAAAAAACIhAAAAAACIhCIhCIhAAACIhAAA\
AAACIhAAAAAAAAAAAACIhAAAAAACIhAAAAAAAAAAAAAAAAAAAAAAAACIhAAACIiCIiCIiCIiCIiCIiCIiCIiCIiCIiCIjCIjCIjCIjCIjCIjCIjCIjCIjCIj\
CIkCIkCIkCIkCIkCIkCIkCIkCIkCIkCIlCIlCIlCIlCIlCIlCIlCIlCIlCIlCImCImCImCImCImCImCImCImCImCImCInCInCInCInCInCInCInCInCInCIn\
CIoCIoCIoCIoCIoCIoCIoCIoCIoCIoCIpCIpCIpCIpCIpCIpCIpCIpCIpCIpCIqCIqCIqCIqCIqCIqCIqCIqCIqCIqCIrCIrCIrCIrCIrCIrCIrCIrCIrCIr\
CIsCIsCIsCIsCIsCIsCIsCIsCIsCIsCItCItCItCItCItCItCItCItCItCItCIuCIuCIuCIuCIuCIuCIuCIuCIuCIuCIvCIvCIvCIvCIvCIvCIvCIvCIvCIv\
CIwCIwCIwCIwCIwCIwCIwCIwCIwCIwCIxCIxCIxCIxCIxCIxCIxCIxCIxCIxCIyCIyCIyCIyCIyCIyCIyCIyCIyCIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACI0AAAAAAAAAAAACI1AAACI2\
AAAAAACI3CI4CI5CI6CI7CI8AAAAAACI9CI9CI9CI9AAAAAAAAAAAACI9CI9CI9CI9CI9CI9AAAAAACI9CI9CI9CI9AAAAAACI+CI+CI+CI+CI+CI+AAAAAA\
AAAAAACI+CI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACI+CI+AAAAAAAAAAAAAAAAAAAAAAAAAAACI+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACI+CI+AAAAAA\
AAAAAAAAAAAAAAAAAAAAACI+AAAAAACI/CI/CI/CI/CI/CI/CI/CI/CI/CI/CJACJACJACJACJACJACJACJACJACJACJBCJBCJBCJBCJBCJBCJBCJBCJBCJB\
CJCCJCCJCCJCCJCCJCCJCCJCCJCCJCCJDCJDCJDCJDCJDCJDCJDCJDCJDCJDCJECJECJECJECJECJECJECJECJECJECJFCJFCJFCJFCJFCJFCJFCJFCJFCJF\
CJGCJGCJGCJGCJGCJGCJGCJGCJGCJGCJHCJHCJHCJHCJHCJHCJHCJHCJHCJHCJICJICJICJICJICJICJICJICJICJICJJCJJCJJCJJCJJCJJCJJCJJCJJCJJ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACJLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACJMAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACJNAAACJOCJOCJOAAAAAACJOCJPCJPCJPCJPCJPCJQCJQCJQCJQCJQCJRCJRCJRCJRCJRCJRCJRCJRCJRCJRCJSCJSCJSCJSCJSCJSCJSCJSCJSCJS\
CJTCJTCJTCJTCJTCJTCJTCJTCJTCJTCJUCJUCJUCJUCJUCJUCJUCJUCJUCJUCJVCJVCJVCJVCJVCJVCJVCJVCJVCJVCJWCJWCJWCJWCJWCJWCJWCJWCJWCJW\
CJXCJXCJXCJXCJXCJXCJXCJXCJXCJXCJYCJYCJYCJYCJYCJYCJYCJYCJYCJYCJZCJZCJZCJZCJZCJZCJZCJZCJZCJZCJaCJaCJaCJaCJaCJaCJaCJaCJaCJa\
CJbCJbCJbCJbCJbCJbCJbCJbCJbCJbCJcCJcCJcCJcCJcCJcCJcCJcCJcCJcCJdCJdCJdCJdCJdCJdCJdCJdCJdCJdCJeCJeCJeCJeCJeCJeCJeCJeCJeCJe\
CJfCJfCJfCJfCJfCJfCJfCJfCJfCJfCJgCJgCJgCJgCJgCJgCJgCJgCJgCJgCJhCJhCJhCJhCJhCJhCJhCJhCJhCJhCJiCJiCJiCJiCJiCJiCJiCJiCJiCJi\
CJjCJjCJjCJjCJjCJjCJjCJjCJjCJjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACJlCJmCJnCJoCJpCJqCJrAAACJsCJtAAACJsCJsAAACJsCJsCJsAAACJuAAACJvAAAAAAAAAAAAAAAAAACJwCJsCJsCJxCJsAAACJsCJsCJyCJsCJz\
AAAAAACJ0AAACJ1CJ2AAACJ2CJ3CJ4CJsCJsCJsCJsCJsCJsCJsCJsCJsCJsCJ5AAAAAACJ6AAAAAAAAAAAAAAAAAACJ7CJ8AAACJ9AAAAAAAAAAAAAAAAAA\
CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ+CJ/CKACKACKACKACKACKACKACKACKACKACKBAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CKBCKBCKBCKBCKBCKBCKBCKBCKBCKBCJ+CJ+CJ+AAACJ+CJ+CJ+CJ+CJ+AAAAAACJ+AAAAAAAAAAAAAAAAAAAAAAAACJ+AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAACKCCKCCKCCKCCKCAAAAAACKDCKECKECKECKCCKFCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKCCKGCKCCKC\
CKCCKCCKCCKCCKCCKCCKCCKCCKCAAACKCCKCCKCCKCCKCCKCCKCCKCAAAAAACKCCKCAAACKCAAAAAAAAAAAAAAAAAACKHCKHCKIAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAACJ+AAAAAAAAAAAAAAAAAACJ+CJ+AAAAAAAAAAAAAAAAAACJ+CKJCKJCKJCKJCKJCKJCKJCKJCKJCKJCKKCKKCKKCKKCKKCKKCKKCKKCKKCKK\
CKLCKLCKLCKLCKLCKLCKLCKLCKLCKLCKMCKMCKMCKMCKMCKMCKMCKMCKMCKMCKNCKNCKNCKNCKNCKNCKNCKNCKNCKNAAACKNCKNCKNAAAAAAAAAAAACKNCKN\
CKOCKOCKOCKOCKOCKOCKOCKOCKOCKOAAACKOCKNCKNCKNCKNCKNCKNCKNCKNAAACKNAAAAAAAAACKNCKNCKNCKNAAACKPCKPCKPCKPCKPCKPCKPCKPCKPCKP\
CKQCKQCKQCKQCKQCKQCKQCKQCKQCKQCKRCKRCKRCKRCKRCKRCKRCKRCKRCKRCKSCKSCKSCKSCKSCKSCKSCKSCKSCKSCKTCKTCKTCKTCKTCKTCKTCKTCKTCKT\
CKUCKUCKUCKUCKUCKUCKUCKUCKUCKUCKVCKVCKVCKVCKVCKVCKVCKVCKVCKVCKWCKWCKWCKWCKWCKWCKWCKWCKWCKWCKXCKXCKXCKXCKXCKXCKXCKXCKXCKX\
CKYCKYCKYCKYCKYCKYCKYCKYCKYCKYCKZCKZCKZCKZCKZCKZCKZCKZCKZCKZCKaCKaCKaCKaCKaCKaCKaCKaCKaCKaCKbCKbCKbCKbCKbCKbCKbCKbCKbCKb\
CKcCKcCKcCKcCKcCKcCKcCKcCKcCKcCKdCKdCKdCKdCKdCKdCKdCKdCKdCKdCKeCKeCKeCKeCKeCKeCKeCKeCKeCKeCKfCKfCKfCKfCKfCKfCKfCKfCKfCKf\
CKgCKgCKgCKgCKgCKgCKgCKgCKgCKgCKhCKhCKhCKhCKhCKhCKhCKhCKhCKhCKiCKiCKiCKiCKiCKiCKiCKiCKiCKiCKjCKjCKjCKjCKjCKjCKjCKjCKjCKj\
CKkCKkCKkCKkCKkCKkCKkCKkCKkCKkCKlCKlCKlCKlCKlCKlCKlCKlCKlCKlCKmCKmCKmCKmCKmCKmCKmCKmCKmCKmCKnCKnCKnCKnCKnCKnCKnCKnCKnCKn\
CKoCKoCKoCKoCKoCKoCKoCKoCKoCKoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACKpCKpCKpCKpCKpCKpCKpCKpCKpCKpCKqCKqCKqCKqCKqCKqCKqCKqCKqCKqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CKXCKXCKXCKXCKXCKXCKXCKXCKXCKXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACKsCKtCKuCKvCKwCKxCKyAAA\
CKzCKzCK0CKzCKzCKzCKzCKzCKzCKzAAAAAAAAACK1AAAAAAAAAAAAAAAAAAAAAAAACK2AAAAAAAAACK3CK3AAAAAACK3CK3CK3CK3CK3CK4CK3CK3CK3CK3\
CK3CK3CK3CK3CK3CK3CK3CK3CK3CK3AAAAAAAAAAAAAAAAAACK5CK6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACK6AAACK7CK7CK7CK7CK7CK7CK7CK7CK7CK7\
CK8CK7CK7CK7CK7CK7CK7CK7CK7CK7CKwAAACK9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACK+AAAAAAAAAAAAAAACK/CK/CK/CK/CK/CK/CK/CK/CK/CK/\
CK/CK/CK/CK/CK/CLACK/CK/CK/CK/CKwCKwAAAAAAAAAAAAAAAAAAAAAAAACKwCKwCKwCKwCKwCKwCKwCKwCKwCKwCLBCLBCLBCLBCLBCLBCLBCLBCLBCLB\
CLCCLCCLCCLCCLCCLCCLCCLCCLCCLCCLDAAAAAACLECLEAAAAAAAAAAAAAAACK3AAAAAAAAAAAAAAAAAAAAAAAAAAACLFCLFCLFCLFCLFCLFCLFCLFCLFCLF\
CLGCLGCLGCLGCLGCLGCLGCLGCLGCLGCLHCLHCLHCLHCLHCLHCLHCLHCLHCLHCLICLICLICLICLICLICLICLICLICLIAAAAAACLJAAAAAAAAAAAAAAAAAAAAA\
CLJCLJCLJCLJCLJCLJCLJCLJCLJCLJCLKCLKCLKCLKCLKCLKCLKCLKCLKCLKCLLCLLCLLCLLCLLCLLCLLCLLCLLCLLCLMCLMCLMCLMCLMCLMCLMCLMCLMCLM\
CLNCLNCLNCLNCLNCLNCLNCLNCLNCLNCLOCLOCLOCLOCLOCLOCLOCLOCLOCLOCLPCLPCLPCLPCLPCLPCLPCLPCLPCLPCLQCLQCLQCLQCLQCLQCLQCLQCLQCLQ\
CLRCLRCLRCLRCLRCLRCLRCLRCLRCLRCLSCLSCLSCLSCLSCLSCLSCLSCLSCLSCLTCLTCLTCLTCLTCLTCLTCLTCLTCLTCLUCLUCLUCLUCLUCLUCLUCLUCLUCLU\
CLVCLVCLVCLVCLVCLVCLVCLVCLVCLVCLWCLWCLWCLWCLWCLWCLWCLWCLWCLWCLXCLXCLXCLXCLXCLXCLXCLXCLXCLXCLYCLYCLYCLYCLYCLYCLYCLYCLYCLY\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACLPCLPCLPCLPCLPCLPCLPCLPCLPCLPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACLUCLUCLUCLUCLUCLUCLUCLUCLUCLU\
CLZCLZCLZCLZCLZCLZCLZCLZCLZCLZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACLbCLcAAAAAACLdCLeCLfCLgAAAAAACLhAAAAAACLiAAAAAAAAAAAA\
CLiCLiCLiCLiCLiCLiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACLiAAAAAAAAACLiCLiCLiCLiCLiCLiCLiCLiCLiCLiCLiAAAAAAAAAAAAAAAAAAAAACLiAAA\
CLiAAAAAAAAAAAAAAAAAAAAAAAACLiAAAAAACLjCLjCLjAAAAAAAAAAAAAAACLkCLkCLkCLkCLkCLkCLkCLkCLkCLkAAAAAACLlCLlCLlCLlCLlCLlCLlCLl\
CLmCLmCLmCLmCLmCLmCLmCLmCLmCLmCLnCLnCLnCLnCLnCLnCLnCLnCLnCLnCLoCLoCLoCLoCLoCLoCLoCLoCLoCLoCLpCLpCLpCLpCLpCLpCLpCLpCLpCLp\
CLqCLqCLqCLqCLqCLqCLqCLqCLqCLqCLrCLrCLrCLrCLrCLrCLrCLrCLrCLrCLsCLsCLsCLsCLsCLsCLsCLsCLsCLsCLtCLtCLtCLtCLtCLtCLtCLtCLtCLt\
CLuCLuCLuCLuCLuCLuCLuCLuCLuCLuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACLwCLxAAACLyAAAAAACLzAAA\
CL0AAAAAACL0CL0CL1CL0CL0CL0CL0CL2CL3CL4CL5CL6CL7CL8CL8CL9CL+CL0AAAAAACL0CL0CL0CL0CL0AAACL/CMAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CMBCMBCMBCMBCMBCMBCMBCMBCMBCMBAAAAAAAAAAAAAAAAAACMBCMBAAAAAAAAAAAACMCCMCAAAAAACMDCMCCMCCMCAAAAAACMEAAAAAAAAAAAACMCCMFAAA\
AAAAAACMGAAAAAAAAAAAACMCCMHAAAAAAAAACMIAAAAAAAAAAAACMCCMJAAAAAAAAACMKCMLAAAAAAAAACMCCMDAAAAAAAAACMMAAAAAAAAAAAACMCCMDAAA\
AAAAAACMEAAAAAAAAAAAACMCCMDAAAAAAAAACMNAAAAAAAAAAAACMCCMDAAAAAAAAACMDAAAAAAAAAAAACMCCMDAAAAAACMBCMBCMBCMBCMBCMBCMBCMBCMB\
CMOAAAAAAAAAAAAAAAAAAAAAAAAAAACMPCMPCMPCMPCMPCMPCMPCMPCMPCMPCMQCMQCMQCMQCMQCMQCMQCMQCMQCMQCMQAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CMQCMQCMQCMQCMQCMQCMQAAAAAAAAACMQCMRAAAAAAAAAAAAAAAAAAAAAAAACMQCMQCMQCMQCMQCMQAAAAAAAAAAAACMQCMQCMQCMQCMQCMSAAAAAAAAAAAA\
CMQCMQCMQCMQAAAAAAAAAAAAAAAAAACMQCMTAAAAAAAAAAAAAAAAAAAAAAAACMQCMQAAACMQCMQCMQCMQCMQCMQCMQCMQCMQAAAAAAAAAAAAAAAAAAAAAAAA\
CMQCMQCMQCMQCMQCMQCMQCMQAAAAAACMQCMQCMQAAAAAAAAAAAAAAAAAAAAACMUCMUCMUCMUCMUCMUCMUCMUCMUCMUCMVCMVCMVCMVCMVCMVCMVCMVCMVCMV\
CMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWCMWAAAAAAAAAAAACMWCMWCMWCMWCMWCMWCMWCMWAAAAAACMWAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CMXCMXCMXCMXCMXCMXCMXCMXCMXCMXCMYCMYCMYCMYCMYCMYCMYCMYCMYCMYCMZCMZCMZCMZCMZCMZCMZCMZCMZCMZCMaCMaCMaCMaCMaCMaCMaCMaCMaCMa\
CMbCMbCMbCMbCMbCMbCMbCMbCMbCMbCMcCMcCMcCMcCMcCMcCMcCMcCMcCMcCMdCMdCMdCMdCMdCMdCMdCMdCMdCMdCMeCMeCMeCMeCMeCMeCMeCMeCMeCMe\
CMfCMfCMfCMfCMfCMfCMfCMfCMfCMfCMgCMgCMgCMgCMgCMgCMgCMgCMgCMgCMhCMhCMhCMhCMhCMhCMhCMhCMhCMhCMiCMiCMiCMiCMiCMiCMiCMiCMiCMi\
CMjCMjCMjCMjCMjCMjCMjCMjCMjCMjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACMlAAAAAAAAAAAACMmCMnCMoCMpAAAAAAAAAAAAAAAAAAAAAAAAAAACMqCMrCMrAAAAAAAAAAAAAAAAAAAAACMsCMtAAAAAAAAAAAAAAAAAAAAAAAA\
CMuCMvAAAAAAAAAAAAAAAAAAAAAAAAAAACMwCMwCMxCMyCMwCMzCM0CM1CMwCM2CM3CM4CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3\
CM5CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM6AAACM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3CM3AAAAAAAAA\
CM7CM7CM7CM7CM7CM7CM7CM7CM7CM7CM7CM7AAACM7CM7CM7CM7CM7CM7CM7AAACM7CM7CM7CM7CM7CM7CM7CM7AAACM7AAACM7AAACM7CM7CM7AAACM7CM7\
AAACM7CM7CM7CM7CM7CM7CM7AAACM7AAAAAACM7CM7CM7CM7CM7CM7CM7CM7CM8CM8CM8CM8CM8CM8CM8CM8CM8CM8CM9CM9CM9CM9CM9CM9CM9CM9CM9CM9\
CM9CM9CM9AAACM9CM9CM9CM9CM9CM9CM+CM+CM+CM+CM+CM+CM+CM+CM+CM+CM9CM9AAAAAAAAAAAAAAAAAAAAAAAACM/CM/CM/CM/CM/CM/CM/CM/CM/CM/\
CNACNACNACNACNACNACNACNACNACNACNBCNBCNBCNBCNBCNBCNBCNBCNBCNBCNCCNCCNCCNCCNCCNCCNCCNCCNCCNCCNDCNDCNDCNDCNDCNDCNDCNDCNDCND\
CNECNECNECNECNECNECNECNECNECNECNFCNFCNFCNFCNFCNFCNFCNFCNFCNFCNGCNGCNGCNGCNGCNGCNGCNGCNGCNGCNHCNHCNHCNHCNHCNHCNHCNHCNHCNH\
CNICNICNICNICNICNICNICNICNICNICNJCNJCNJCNJCNJCNJCNJCNJCNJCNJCNKCNKCNKCNKCNKCNKCNKCNKCNKCNKCNLCNLCNLCNLCNLCNLCNLCNLCNLCNL\
CNMCNMCNMCNMCNMCNMCNMCNMCNMCNMCNNCNNCNNCNNCNNCNNCNNCNNCNNCNNCNOCNOCNOCNOCNOCNOCNOCNOCNOCNOCNPCNPCNPCNPCNPCNPCNPCNPCNPCNP\
CNQCNQCNQCNQCNQCNQCNQCNQCNQCNQCNRCNRCNRCNRCNRCNRCNRCNRCNRCNRCNSCNSCNSCNSCNSCNSCNSCNSCNSCNSCNTCNTCNTCNTCNTCNTCNTCNTCNTCNT\
CNUCNUCNUCNUCNUCNUCNUCNUCNUCNUCNVCNVCNVCNVCNVCNVCNVCNVCNVCNVCNWCNWCNWCNWCNWCNWCNWCNWCNWCNWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CNXCNXCNXCNXCNXCNXCNXCNXCNXCNXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACNYCNYCNYCNYCNYCNYCNYCNYCNYCNYCNZCNZCNZCNZCNZCNZCNZCNZCNZCNZ\
CNaCNaCNaCNaCNaCNaCNaCNaCNaCNaCNbCNbCNbCNbCNbCNbCNbCNbCNbCNbCNcCNcCNcCNcCNcCNcCNcCNcCNcCNcCNdCNdCNdCNdCNdCNdCNdCNdCNdCNd\
CNeCNeCNeCNeCNeCNeCNeCNeCNeCNeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACNgCNhAAAAAACNiCNjCNkCNi\
AAAAAACNlAAAAAAAAAAAAAAAAAAAAACNmCNmAAAAAAAAAAAAAAAAAAAAAAAACNmCNmCNmCNmCNmCNmCNmCNmCNmCNmAAAAAAAAAAAAAAAAAAAAACNmAAAAAA\
AAAAAAAAAAAAAAACNmCNmCNmAAAAAAAAAAAAAAACNnAAACNoCNpCNnCNnCNnCNqCNqCNqCNqCNqCNqCNqCNqCNqCNqCNrAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CNrCNrCNrCNrCNrCNrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACNrCNrCNsCNsCNsCNsCNsCNsCNsCNsCNsCNsCNtCNtCNtCNtCNtCNtCNtCNtCNtCNt\
CNuCNuCNuCNuCNuCNuCNuCNuCNuCNuCNvCNvCNvCNvCNvCNvCNvCNvCNvCNvCNwCNwCNwCNwCNwCNwCNwCNwCNwCNwCNxCNxCNxCNxCNxCNxCNxCNxCNxCNx\
CNyCNyCNyCNyCNyCNyCNyCNyCNyCNyCNzCNzCNzCNzCNzCNzCNzCNzCNzCNzCN0CN0CN0CN0CN0CN0CN0CN0CN0CN0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACN2AAAAAAAAACN3CN4CN5AAAAAACN6CN6AAAAAAAAAAAAAAAAAAAAAAAACN6AAAAAAAAAAAAAAAAAAAAAAAA\
CN7AAACN7CN7CN7CN7CN7CN7AAAAAAAAAAAAAAAAAAAAAAAAAAACN8AAAAAACN9CN9CN9CN9CN9CN9CN9CN9CN9CN9CN+CN+CN+CN+CN+CN+CN+CN+CN+CN+\
AAAAAAAAAAAAAAAAAAAAACN/AAAAAACOACOACOACOACOACOACOACOACOACOACOBCOBCOBCOBCOBCOBCOBCOBCOBCOBAAAAAAAAAAAAAAAAAACOCAAAAAAAAA\
CODCODCODCODCODCODCODCODCODCODCOECOECOECOECOECOECOECOECOECOECOFCOFCOFCOFCOFCOFCOFCOFCOFCOFCOGCOGCOGCOGCOGCOGCOGCOGCOGCOG\
COHCOHCOHCOHCOHCOHCOHCOHCOHCOHCOICOICOICOICOICOICOICOICOICOICOJCOJCOJCOJCOJCOJCOJCOJCOJCOJCOKCOKCOKCOKCOKCOKCOKCOKCOKCOK\
COLCOLCOLCOLCOLCOLCOLCOLCOLCOLCOMCOMCOMCOMCOMCOMCOMCOMCOMCOMCONCONCONCONCONCONCONCONCONCONCOOCOOCOOCOOCOOCOOCOOCOOCOOCOO\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACOQAAAAAAAAACORAAACOSAAA\
AAAAAACOTCOUCOVAAAAAAAAAAAAAAAAAAAAACOWAAACOXCOWCOWCOWCOWCOWAAAAAAAAAAAAAAAAAAAAAAAACOYAAAAAAAAACOZAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAACOZAAAAAAAAAAAAAAAAAAAAAAAACOaCOaAAAAAAAAAAAAAAAAAACOaCOaCOaCOaCOaCOaCOaCOaCOaCOaCOaCOaCOaAAAAAAAAAAAAAAAAAAAAA\
CObCObCObCObCObCObCObCObCObCObCOcCOcCOcCOcCOcCOcCOcCOcCOcCOcCOdCOdCOdCOdCOdCOdCOdCOdCOdCOdCOeCOeCOeCOeCOeCOeCOeCOeCOeCOe\
COfCOfCOfCOfCOfCOfCOfCOfCOfCOfCOgCOgCOgCOgCOgCOgCOgCOgCOgCOgCOhCOhCOhCOhCOhCOhCOhCOhCOhCOhCOiCOiCOiCOiCOiCOiCOiCOiCOiCOi\
COjCOjCOjCOjCOjCOjCOjCOjCOjCOjCOkCOkCOkCOkCOkCOkCOkCOkCOkCOkCOlCOlCOlCOlCOlCOlCOlCOlCOlCOlCOmCOmCOmCOmCOmCOmCOmCOmCOmCOm\
COnCOnCOnCOnCOnCOnCOnCOnCOnCOnCOoCOoCOoCOoCOoCOoCOoCOoCOoCOoCOpCOpCOpCOpCOpCOpCOpCOpCOpCOpCOqCOqCOqCOqCOqCOqCOqCOqCOqCOq\
COrCOrCOrCOrCOrCOrCOrCOrCOrCOrCOsCOsCOsCOsCOsCOsCOsCOsCOsCOsCOtCOtCOtCOtCOtCOtCOtCOtCOtCOtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACOvCOwCOxCOyAAAAAACOzCO0AAAAAACO1CO2CO3CO4CO5CO6CO7AAA\
AAAAAAAAACO8CO8CO8CO9AAAAAAAAAAAAAAAAAACO8AAACO8CO8AAAAAAAAAAAACO9CO9CO9AAAAAAAAACO9CO9CO9CO+AAAAAAAAAAAAAAAAAAAAAAAAAAA\
CO9CO9CO9CO9CO9CO9CO9CO9CO9CO9AAACO/CO/CO/CO/CO/CO/CO/AAAAAACO/CO/CO/CO/CO/CO/CO/CO/CO/AAAAAACO/CO/AAAAAAAAAAAAAAAAAAAAA\
AAACO/CO/AAAAAACO/CO/AAAAAAAAACO/CO/CO/CO/CO/CO/CO/CO/CO/CO/AAACO/CO/CO/AAAAAAAAAAAAAAAAAAAAACO/CO/CO/CO/CO/AAAAAAAAAAAA\
CPACPACPACPACPACPACPACPACPACPACPBCPBCPBCPBCPBCPBCPBCPBCPBCPBCPCAAAAAAAAAAAAAAAAAAAAAAAAAAACPDCPDCPDCPDCPDCPDCPDCPDCPDCPD\
CPECPECPECPECPECPECPECPECPECPECPFCPFCPFCPFCPFCPFCPFCPFCPFCPFCPGCPGCPGCPGCPGCPGCPGCPGCPGCPGCPHCPHCPHCPHCPHCPHCPHCPHCPHCPH\
CPICPICPICPICPICPICPICPICPICPICPJCPJCPJCPJCPJCPJCPJCPJCPJCPJCPKCPKCPKCPKCPKCPKCPKCPKCPKCPKCPLCPLCPLCPLCPLCPLCPLCPLCPLCPL\
CPMCPMCPMCPMCPMCPMCPMCPMCPMCPMCPNCPNCPNCPNCPNCPNCPNCPNCPNCPNCPOCPOCPOCPOCPOCPOCPOCPOCPOCPOCPPCPPCPPCPPCPPCPPCPPCPPCPPCPP\
CPQCPQCPQCPQCPQCPQCPQCPQCPQCPQCPRCPRCPRCPRCPRCPRCPRCPRCPRCPRCPSCPSCPSCPSCPSCPSCPSCPSCPSCPSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACPUAAAAAAAAAAAAAAAAAACPV\
AAAAAACPWAAAAAAAAAAAAAAAAAAAAACPXAAAAAAAAAAAAAAAAAAAAACPYCPYCPZCPZCPZCPZCPZCPZCPZCPZCPZCPZCPaCPbCPbCPbCPbCPbCPbCPbCPbCPb\
CPbCPbCPbCPbCPbCPbCPbCPbCPbCPbCPcCPcCPcCPcCPcCPcCPcCPcCPcCPcAAAAAAAAAAAAAAACPdCPdCPdCPdCPdCPdCPdCPdCPdCPdCPdCPdCPdCPdCPd\
CPeCPeCPeCPeCPeCPeCPeCPeCPeCPeCPfCPfCPfCPfCPfCPfCPfCPfCPfCPfCPgCPgCPgCPgCPgCPgCPgCPgCPgCPgCPhCPhCPhCPhCPhCPhCPhCPhCPhCPh\
CPiCPiCPiCPiCPiCPiCPiCPiCPiCPiCPjCPjCPjCPjCPjCPjCPjCPjCPjCPjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACPlCPmAAACPnAAAAAACPoCPpAAAAAACPqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACPrAAACPsAAAAAAAAAAAAAAAAAAAAAAAAAAACPtAAAAAAAAAAAA\
CPuAAAAAAAAAAAAAAAAAAAAAAAAAAACPvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACPwAAAAAAAAAAAAAAAAAAAAACPxCPxCPxCPyCPxCPxCPxCPxCPxCPx\
CPyCPyCPyCPyCPyCPyCPyCPyCPyCPyCPwCPwCPwCPwCPwCPwCPwCPwCPwCPwCPzCPzCPzCPzCPzCPzCPzCPzCPzCPzCP0CP0CP0CP0CP0CP0CP0CP0CP0CP0\
CP1CP1CP1CP1CP1CP1CP1CP1CP1CP1CP2CP2CP2CP2CP2CP2CP2CP2CP2CP2CP3CP3CP3CP3CP3CP3CP3CP3CP3CP3AAACP4CP4CP4CP4CP4CP4CP4CP4CP4\
AAACP5CP5CP5CP5CP5CP5CP5CP5CP5CP6CP6CP6CP6CP6CP6CP6CP6CP6CP6AAAAAAAAAAAACP7AAACP7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACP7CP7CP7\
CP8CP8CP8CP8CP8CP8CP8CP8CP8CP8CP9CP9CP9CP9CP9CP9CP9CP9CP9CP9CP+CP+CP+CP+CP+CP+CP+CP+CP+CP+CP/CP/CP/CP/CP/CP/CP/CP/CP/CP/\
CQACQACQACQACQACQACQACQACQACQACQBCQBCQBCQBCQBCQBCQBCQBCQBCQBCQCCQCCQCCQCCQCCQCCQCCQCCQCCQCCQDCQDCQDCQDCQDCQDCQDCQDCQDCQD\
CQECQECQECQECQECQECQECQECQECQECQFCQFCQFCQFCQFCQFCQFCQFCQFCQFCQGCQGCQGCQGCQGCQGCQGCQGCQGCQGCQHCQHCQHCQHCQHCQHCQHCQHCQHCQH\
CQICQICQICQICQICQICQICQICQICQICQJCQJCQJCQJCQJCQJCQJCQJCQJCQJCQKCQKCQKCQKCQKCQKCQKCQKCQKCQKCQLCQLCQLCQLCQLCQLCQLCQLCQLCQL\
CQMCQMCQMCQMCQMCQMCQMCQMCQMCQMCQNCQNCQNCQNCQNCQNCQNCQNCQNCQNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQPCQQCQRCQRCQRCQRCQSCQTAAAAAAAAACQUCQRCQRCQRCQRCQRCQRAAAAAA\
AAACQUAAAAAAAAAAAAAAAAAAAAAAAACQVCQVCQVCQVCQVCQVCQVCQVCQVCQVCQWCQXCQYCQVCQVCQYCQYCQVCQVCQVCQVCQVCQVCQVCQYCQVCQYCQYCQVCQV\
CQZCQZCQZCQZCQZCQZCQZCQZCQZCQZCQaCQaCQaCQaCQaCQaCQaCQaCQaCQaCQbCQbCQbCQbCQbCQaCQaCQaCQaCQaCQbCQaCQaCQaCQaCQaCQaCQaCQaCQa\
CQbCQbCQbCQbCQbCQbCQbCQbCQbCQbCQcCQcCQcCQcCQcCQcCQcCQcCQcCQcCQdCQdCQdCQdCQdCQdCQdCQdCQdCQdCQeCQeCQeCQeCQeCQeCQeCQeCQeCQe\
CQfCQfCQfCQfCQfCQfCQfCQfCQfCQfCQgCQgCQgCQgCQgCQgCQgCQgCQgCQgCQhCQhCQhCQhCQhCQhCQhCQhCQhCQhCQiCQiCQiCQiCQiCQiCQiCQiCQiCQi\
CQjCQjCQjCQjCQjCQjCQjCQjCQjCQjCQkCQkCQkCQkCQkCQkCQkCQkCQkCQkCQlCQlCQlCQlCQlCQlCQlCQlCQlCQlCQmCQmCQmCQmCQmCQmCQmCQmCQmCQm\
CQnCQnCQnCQnCQnCQnCQnCQnCQnCQnCQoCQoCQoCQoCQoCQoCQoCQoCQoCQoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQmCQmCQmCQmCQmCQmCQmCQmCQmCQm\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQqAAACQrAAAAAAAAAAAAAAACQsAAAAAACQtCQuAAACQtCQtCQtAAAAAAAAAAAAAAACQvAAAAAAAAAAAAAAAAAAAAA\
CQwAAAAAAAAAAAAAAAAAAAAAAAAAAACQxCQxCQxCQxCQxCQxCQxCQxCQxCQxAAAAAAAAAAAACQyCQzCQ0AAAAAAAAAAAAAAACQ1AAAAAAAAAAAAAAAAAAAAA\
CQ2CQ2CQ2AAAAAAAAAAAAAAAAAAAAACQ3CQ3CQ3CQ3CQ3CQ3CQ3CQ3CQ3CQ3CQ3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQ3CQ3CQ3CQ3AAA\
CQ3CQ4AAAAAAAAAAAACQ5CQ3CQ3CQ3AAACQ6CQ6CQ6CQ6CQ6AAAAAACQ6CQ6CQ7CQ7CQ7CQ7CQ7CQ7CQ7CQ7CQ7CQ7CQ8CQ8CQ8CQ8CQ8CQ8CQ8CQ8CQ8CQ8\
CQ8CQ8CQ8CQ8CQ8CQ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQ8CQ8CQ8CQ8CQ9CQ9CQ9CQ9CQ9CQ9CQ9CQ9CQ9CQ9CQ+CQ+CQ+CQ+CQ+CQ+CQ+CQ+CQ+CQ+\
CQ/CQ/CQ/CQ/CQ/CQ/CQ/CQ/CQ/CQ/CRACRACRACRACRACRACRACRACRACRACRBCRBCRBCRBCRBCRBCRBCRBCRBCRBCRCCRCCRCCRCCRCCRCCRCCRCCRCCRC\
CRDCRDCRDCRDCRDCRDCRDCRDCRDCRDCRECRECRECRECRECRECRECRECRECRECRFCRFCRFCRFCRFCRFCRFCRFCRFCRFCRGCRGCRGCRGCRGCRGCRGCRGCRGCRG\
CRHCRHCRHCRHCRHCRHCRHCRHCRHCRHCRICRICRICRICRICRICRICRICRICRICRJCRJCRJCRJCRJCRJCRJCRJCRJCRJCRKCRKCRKCRKCRKCRKCRKCRKCRKCRK\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACRMCRNCROCROCRPCROAAACRQCRR\
CRSCRSCRTCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRUCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRSCRVCRSCRS\
CRWCRWCRWCRWCRWCRWCRWCRWCRXCRWCRWCRWAAAAAAAAAAAACRWCRWCRWCRWCRYCRYCRYCRYCRYCRYCRYCRYCRYCRYCRZCRZCRZCRZCRZCRZCRZCRZCRZCRZ\
CRYCRYCRYCRYCRYCRYCRaCRYCRYCRYCRYCRYCRYCRbCRYCRYCRYCRYCRYCRYCRcCRcCRcCRcCRcCRcCRcCRcCRcCRcCRdCRdCRdCRdCRdCRdCRdCRdCRdCRd\
CReCReCReCReCReCReCReCReCReCReCRfCRfCRfCRfCRfCRfCRfCRfCRfCRfCRgCRgCRgCRgCRgCRgCRgCRgCRgCRgCRhCRhCRhCRhCRhCRhCRhCRhCRhCRh\
CRXCRXCRXCRXCRXCRXCRXCRXCRXCRXCRiCRiCRiCRiCRiCRiCRiCRiCRiCRiCRjCRjCRjCRjCRjCRjCRjCRjCRjCRjCRkCRkCRkCRkCRkCRkCRkCRkCRkCRk\
CRlCRlCRlCRlCRlCRlCRlCRlCRlCRlCRmCRmCRmCRmCRmCRmCRmCRmCRmCRmCRnCRnCRnCRnCRnCRnCRnCRnCRnCRnCRoCRoCRoCRoCRoCRoCRoCRoCRoCRo\
CRpCRpCRpCRpCRpCRpCRpCRpCRpCRpCRqCRqCRqCRqCRqCRqCRqCRqCRqCRqCRrCRrCRrCRrCRrCRrCRrCRrCRrCRrCRsCRsCRsCRsCRsCRsCRsCRsCRsCRs\
CRtCRtCRtCRtCRtCRtCRtCRtCRtCRtCRuCRuCRuCRuCRuCRuCRuCRuCRuCRuCRvCRvCRvCRvCRvCRvCRvCRvCRvCRvCRwCRwCRwCRwCRwCRwCRwCRwCRwCRw\
CRxCRxCRxCRxCRxCRxCRxCRxCRxCRxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACRoCRoCRoCRoCRoCRoCRoCRoCRoCRoCRtCRtCRtCRtCRtCRtCRtCRtCRtCRt\
CRjCRjCRjCRjCRjCRjCRjCRjCRjCRjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACRzAAAAAAAAAAAAAAAAAACR0CR1CR1CR1CR1CR1CR1CR1CR1CR1CR1\
AAACR2CR2CR2CR2CR2CR2CR2AAACR2CR3CR3CR4CR3CR3CR4CR4CR4CR4CR4CR5CR5CR5CR5CR5CR5CR5CR5CR5CR5AAAAAACR6AAAAAACR6CR6CR6CR6CR6\
CR6CR6CR6CR6CR6CR6CR6CR6CR6CR6CR7CR7CR7CR7CR7CR7CR7CR7CR7CR7CR8CR8CR8CR8CR8CR8CR8CR8CR8CR8CR9CR9CR9CR9CR9CR9CR9CR9CR9CR9\
CR+CR+CR+CR+CR+CR+CR+CR+CR+CR+CR/CR/CR/CR/CR/CR/CR/CR/CR/CR/CSACSACSACSACSACSACSACSACSACSACSBCSBCSBCSBCSBCSBCSBCSBCSBCSB\
CSCCSCCSCCSCCSCCSCCSCCSCCSCCSCCSDCSDCSDCSDCSDCSDCSDCSDCSDCSDCSECSECSECSECSECSECSECSECSECSECSFCSFCSFCSFCSFCSFCSFCSFCSFCSF\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACSHAAAAAAAAAAAACSICSJAAAAAAAAACSKAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAACSLCSMCSNAAAAAACSOCSOCSOCSOCSOCSOCSOCSOCSOCSOAAAAAAAAACSPAAAAAAAAAAAAAAAAAACSQCSQCSQCSQCSQCSQCSQCSQCSQCSQ\
AAAAAAAAAAAAAAACSQCSQAAAAAACSQAAAAAAAAAAAAAAAAAAAAACSQAAAAAACSRCSRCSRCSRCSRCSRCSRCSRCSRCSRCSSCSSCSSCSSCSSCSSCSSCSSCSSCSS\
CSTCSTCSTCSTCSTCSTCSTCSTCSTCSTCSUCSUCSUCSUCSUCSUCSUCSUCSUCSUCSVCSVCSVCSVCSVCSVCSVCSVCSVCSVCSWCSWCSWCSWCSWCSWCSWCSWCSWCSW\
CSXCSXCSXCSXCSXCSXCSXCSXCSXCSXCSYCSYCSYCSYCSYCSYCSYCSYCSYCSYCSZCSZCSZCSZCSZCSZCSZCSZCSZCSZCSaCSaCSaCSaCSaCSaCSaCSaCSaCSa\
CSbCSbCSbCSbCSbCSbCSbCSbCSbCSbCScCScCScCScCScCScCScCScCScCScAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACSdCSdCSdCSdCSdCSdCSdCSdCSdCSd\
CSeCSeCSeCSeCSeCSeCSeCSeCSeCSeCSfCSfCSfCSfCSfCSfCSfCSfCSfCSfCSgCSgCSgCSgCSgCSgCSgCSgCSgCSgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACSiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACSjCSkAAACSlCSlCSlCSlCSlCSlCSlCSlCSlCSl\
CSmCSmCSmCSmCSmCSmCSmCSmCSmCSmCSnCSnCSnCSnCSnCSnCSnCSnCSnCSnCSoCSoCSoCSoCSoCSoCSoCSoCSoCSoCSpCSpCSpCSpCSpCSpCSpCSpCSpCSp\
CSqCSqCSqCSqCSqCSqCSqCSqCSqCSqCSrCSrCSrCSrCSrCSrCSrCSrCSrCSrCSsCSsCSsCSsCSsCSsCSsCSsCSsCSsCStCStCStCStCStCStCStCStCStCSt\
CSuCSuCSuCSuCSuCSuCSuCSuCSuCSuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACSwCSxCSyCSyCSyCSxCSzCSyCSxCSx\
AAACS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS0CS1CS1CS1CS1CS1CS1CS1CS1CS1CS1CS2CS2CS2CS2CS2CS2CS2CS2CS2CS2\
CS3CS3CS3CS3CS3CS3CS3CS3CS3CS3CS4CS4CS4CS4CS4CS4CS4CS4CS4CS4CS5CS5CS5CS5CS5CS5CS5CS5CS5CS5CS6CS6CS6CS6CS6CS6CS6CS6CS6CS6\
CS7CS7CS7CS7CS7CS7CS7CS7CS7CS7CS8CS8CS8CS8CS8CS8CS8CS8CS8CS8CS9CS9CS9CS9CS9CS9CS9CS9CS9CS9CS+CS+CS+CS+CS+CS+CS+CS+CS+CS+\
CS/CS/CS/CS/CS/CS/CS/CS/CS/CS/CTACTACTACTACTACTACTACTACTACTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTCAAACTDAAACTEAAACTFCTGAAACTHCTHAAAAAACTHCTHCTHCTHAAAAAAAAACTICTICTIAAACTIAAAAAAAAA\
AAAAAAAAAAAACTJAAAAAAAAAAAAAAACTKAAAAAAAAAAAACTLAAAAAAAAAAAAAAAAAAAAAAAAAAACTJAAACTMAAAAAACTNCTNCTNCTNCTNCTNCTNCTNCTNCTN\
CTOCTOCTOCTOCTOCTOCTOCTOCTOCTOCTPCTPCTPCTPCTPCTPCTPCTPCTPCTPCTQAAAAAAAAAAAAAAAAAAAAAAAAAAACTRCTRCTRCTRCTRCTRCTRCTRCTRCTR\
AAACTPAAAAAAAAAAAAAAAAAAAAAAAACTSCTSCTSCTSCTSCTSCTSCTSCTSCTSCTTCTTCTTCTTCTTCTTCTTCTTCTTCTTCTUCTUCTUCTUCTUCTUCTUCTUCTUCTU\
CTVAAAAAAAAAAAAAAAAAAAAACTVAAACTWCTWCTWCTWCTWCTWCTWCTWCTWCTWCTXCTXCTXCTXCTXCTXCTXCTXCTXCTXCTYCTYCTYCTYCTYCTYCTYCTYCTYCTY\
CTZCTZCTZCTZCTZCTZCTZCTZCTZCTZCTaCTaCTaCTaCTaCTaCTaCTaCTaCTaCTbCTbCTbCTbCTbCTbCTbCTbCTbCTbCTcCTcCTcCTcCTcCTcCTcCTcCTcCTc\
CTdCTdCTdCTdCTdCTdCTdCTdCTdCTdCTeCTeCTeCTeCTeCTeCTeCTeCTeCTeCTfCTfCTfCTfCTfCTfCTfCTfCTfCTfCTgCTgCTgCTgCTgCTgCTgCTgCTgCTg\
CThCThCThCThCThCThCThCThCThCThCTiCTiCTiCTiCTiCTiCTiCTiCTiCTiCTjCTjCTjCTjCTjCTjCTjCTjCTjCTjCTkCTkCTkCTkCTkCTkCTkCTkCTkCTk\
CTlCTlCTlCTlCTlCTlCTlCTlCTlCTlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACTnAAAAAAAAAAAAAAAAAAAAACToCTpCTpCTpAAAAAACTqAAAAAACTrAAA\
CTpCTpCTpCTpAAACTpCTpAAAAAACTpCTsCTsCTsCTsCTsCTsCTsCTsCTsCTsCTtCTtCTtCTtCTtCTtCTtCTtCTtCTtAAAAAAAAACTtAAACTtCTtCTtAAAAAA\
CTuCTuCTuCTuCTuCTuCTuCTuCTuCTuCTvCTvCTvCTvCTvCTvCTvCTvCTvCTvCTwCTwCTwCTwCTwCTwCTwCTwCTwCTwCTxCTxCTxCTxCTxCTxCTxCTxCTxCTx\
CTyCTyCTyCTyCTyCTyCTyCTyCTyCTyCTzCTzCTzCTzCTzCTzCTzCTzCTzCTzCT0CT0CT0CT0CT0CT0CT0CT0CT0CT0CT1CT1CT1CT1CT1CT1CT1CT1CT1CT1\
CT2CT2CT2CT2CT2CT2CT2CT2CT2CT2CT3CT3CT3CT3CT3CT3CT3CT3CT3CT3CT4CT4CT4CT4CT4CT4CT4CT4CT4CT4CT5CT5CT5CT5CT5CT5CT5CT5CT5CT5\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACT7AAACT8AAAAAAAAAAAACT9CT+CT/AAAAAAAAAAAAAAAAAACUAAAAAAAAAA\
AAAAAACUBCUBAAACUBCUBAAACUBAAAAAAAAACUCCUCAAAAAAAAACUCCUCCUCCUDAAAAAAAAAAAAAAAAAAAAAAAAAAACUEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CUFCUFCUFCUFCUFCUFCUFCUFCUFCUFCUACUACUACUACUACUACUACUACUACUACUGCUGCUGCUGCUGCUGCUGCUGCUGCUGCUHAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CUIAAAAAAAAAAAAAAAAAAAAAAAAAAACUJCUJCUJCUJCUJCUJCUJCUJCUJCUJCUKCUKCUKCUKCUKCUKCUKCUKCUKCUKCULCULCULCULCULCULCULCULCULCUL\
CUMCUMCUMCUMCUMCUMCUMCUMCUMCUMCUNCUNCUNCUNCUNCUNCUNCUNCUNCUNCUOCUOCUOCUOCUOCUOCUOCUOCUOCUOCUPCUPCUPCUPCUPCUPCUPCUPCUPCUP\
CUQCUQCUQCUQCUQCUQCUQCUQCUQCUQCURCURCURCURCURCURCURCURCURCURCUSCUSCUSCUSCUSCUSCUSCUSCUSCUSCUTCUTCUTCUTCUTCUTCUTCUTCUTCUT\
CUUCUUCUUCUUCUUCUUCUUCUUCUUCUUCUVCUVCUVCUVCUVCUVCUVCUVCUVCUVCUWCUWCUWCUWCUWCUWCUWCUWCUWCUWCUXCUXCUXCUXCUXCUXCUXCUXCUXCUX\
CUYCUYCUYCUYCUYCUYCUYCUYCUYCUYCUZCUZCUZCUZCUZCUZCUZCUZCUZCUZCUaCUaCUaCUaCUaCUaCUaCUaCUaCUaCUbCUbCUbCUbCUbCUbCUbCUbCUbCUb\
CUcCUcCUcCUcCUcCUcCUcCUcCUcCUcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUdCUdCUdCUdCUdCUdCUdCUdCUdCUdCUeCUeCUeCUeCUeCUeCUeCUeCUeCUe\
CUfCUfCUfCUfCUfCUfCUfCUfCUfCUfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAACUhCUiCUjCUkCUlAAACUmCUnCUoAAACUpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUqAAAAAACUrAAAAAAAAAAAAAAAAAAAAACUsCUtAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAACUuCUvAAAAAAAAAAAAAAAAAAAAAAAAAAACUwCUxAAACUyCUzCU0CUyAAAAAAAAACU1CU2CU3CUyCUyAAAAAAAAAAAAAAAAAAAAAAAA\
CUyCUyCUyCUyCUyCUyCUyCUyCUyCUyAAACU4CU4CU5CU4CU6CU7AAAAAAAAAAAACU8CU9CU+CU/AAACVAAAAAAAAAAAAACVBAAACVCCU/CVDCVECVFCVGAAA\
AAACVHCVICVJCVKCVLCVMAAAAAAAAAAAAAAAAAAAAACVNCVOCVPCVQAAAAAAAAACVRCVSCVTCVUCVVCVWAAACVXAAAAAACU8CVYCVZCVaCVbAAAAAAAAAAAA\
AAAAAACVcAAAAAACVdCVeCVfAAAAAAAAACVgCVhCViCVjCVkCVlCVmAAAAAACVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnCVnAAA\
AAACVnCVnCVnAAACVnCVnCVnAAACVnAAAAAAAAAAAAAAAAAAAAACVnAAAAAAAAAAAAAAAAAAAAAAAACVnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVn\
CVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVoCVpCVoCVoCVqCVoCVoCVoCVoCVoCVoCVoCVoCVoCVqCVoCVoCVoCVoCVoCVoCVrCVo\
AAACVsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVtAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAACVuAAAAAAAAAAAACVvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVxAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAACVyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV0AAAAAACV1AAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACV2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV2AAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAACV5AAAAAAAAAAAAAAAAAAAAACVrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV7AAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAACV8AAAAAAAAACV9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV8AAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAACV/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWBAAA\
AAAAAACVsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWEAAAAAAAAAAAA\
AAAAAACWFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWHAAAAAA\
AAACWIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWLAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAACV0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACV8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACVoAAAAAACWMCWMCWMCWMCWMCWMCWMCWMCWMCWM\
CWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNAAAAAACWNCWNCWNCWNCWNCWNAAACWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNCWNAAA\
AAACWNCWNCWNCWNCWNCWNCWNCWNCWNAAACWNAAAAAACWNAAACWNCWNAAAAAAAAACWNCWNCWNCWNCWNCWNAAACWNAAAAAACWNCWNAAACWNCWNCWNAAAAAAAAA\
AAAAAACWNCWNCWNCWNCWNCWNCWNAAAAAACWNAAAAAACWNAAAAAAAAAAAAAAAAAACWNCWNCWNAAAAAACWNCWNAAACWNAAACWNCWNAAACWNCWNCWNCWNAAACWN\
CWNAAAAAAAAAAAAAAAAAAAAAAAAAAACWNCWNCWNCWNCWNAAACWNCWNCWNAAACWNCWNCWNCWNCWNCWNCWNAAAAAAAAACWNCWNAAACWNCWNAAACWNAAACWNCWN\
CWNAAAAAAAAACWNAAAAAAAAAAAAAAACWNCWNAAAAAACWNAAACWNCWNAAAAAACWNCWNCWNCWNCWNCWNCWNAAAAAACWNCWNCWNCWNCWNAAAAAAAAAAAAAAAAAA\
AAACWNCWNCWNCWNCWNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWNCWNCWNCWNAAACWNCWNCWNCWNAAAAAAAAACWNAAACWNCWNCWNCWNAAAAAACWN\
AAACWNAAAAAACWNCWNCWNAAACWNCWNAAACWNCWNCWNCWNAAAAAAAAAAAAAAAAAACWNAAACWNCWNCWNCWNCWNAAAAAAAAACWNAAACWNCWNCWNCWNAAAAAAAAA\
AAACWNCWNCWNCWNCWNCWNAAACWNCWNAAAAAAAAAAAAAAAAAAAAACWNAAAAAACWNAAAAAAAAAAAACWNAAAAAAAAAAAAAAACWNAAAAAACWNCWNCWNCWNCWNAAA\
AAACWNAAAAAACWNAAAAAAAAAAAACWNCWNCWNAAACWNCWNCWNCWNCWNAAACWNCWNCWNCWNCWNCWNCWNCWNAAACWNAAACWNCWNAAACWNCWNCWNCWNCWNCWNAAA\
CWOCWOCWOCWOCWOCWOCWOCWOCWOCWOCWPCWPCWPCWPCWPCWPCWPCWPCWPCWPCWQCWQCWQCWQCWQCWQCWQCWQCWQCWQCWRCWRCWRCWRCWRCWRCWRCWRCWRCWR\
CWSCWSCWSCWSCWSCWSCWSCWSCWSCWSCWTCWTCWTCWTCWTCWTCWTCWTCWTCWTCWUCWUCWUCWUCWUCWUCWUCWUCWUCWUCWVCWVCWVCWVCWVCWVCWVCWVCWVCWV\
CWWCWWCWWCWWCWWCWWCWWCWWCWWCWWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACWYCWZCWaCWbCWcCWdCWeCWfCWg\
CWhCWhCWhCWhCWhCWiCWhCWhCWhCWhCWjCWjCWjCWjCWkCWjCWjCWjCWlCWjCWhCWhCWhCWhCWhCWmCWhCWhCWhCWmCWhCWhCWhCWhCWhCWhCWhCWhCWmCWm\
AAAAAAAAAAAAAAACWjAAACWjCWjCWjCWnCWnCWnCWnCWnCWnCWnCWnCWnCWnCWnCWnCWnCWnCWoCWnCWnCWnCWnCWnCWpCWqCWqAAAAAACWqAAAAAACWpAAA\
CWrAAACWoCWoCWoCWoCWoCWoCWoCWoCWsCWsCWsCWsCWsCWsCWsCWsCWsCWsCWtCWtCWtCWtCWtCWtCWtCWtCWtCWtCWqCWqCWqCWqCWqCWqCWqCWqCWqCWq\
CWuCWuCWuCWuCWuCWuCWuCWuCWuCWuCWvCWvCWvCWvCWvCWvCWvCWvCWvCWvCWwCWwCWwCWwCWwCWwCWwCWwCWwCWwCWxCWxCWxCWxCWxCWxCWxCWxCWxCWx\
CWlCWlCWlCWlCWlCWlCWlCWlCWlCWlCWoCWoCWoCWoCWoCWoCWoCWoCWoCWoCWyCWyCWyCWyCWyCWyCWyCWyCWyCWyCWoCWoCWoCWoCWxCWoCWoCWoCWoCWo\
CWzCWzCWzCWzCWzCWzCWzCWzCWzCWzCW0CW0CW0CW0CW0CW0CW0CW0CW0CW0CW1CW1CW1CW1CW1CW1CW1CW1CW1CW1CW2CW2CW2CW2CW2CW2CW2CW2CW2CW2\
CW3CW3CW3CW3CW3CW3CW3CW3CW3CW3CW4CW4CW4CW4CW4CW4CW4CW4CW4CW4CW5CW5CW5CW5CW5CW5CW5CW5CW5CW5CW6CW6CW6CW6CW6CW6CW6CW6CW6CW6\
CW7CW7CW7CW7CW7CW7CW7CW7CW7CW7CW8CW8CW8CW8CW8CW8CW8CW8CW8CW8CW9CW9CW9CW9CW9CW9CW9CW9CW9CW9CW+CW+CW+CW+CW+CW+CW+CW+CW+CW+\
CW/CW/CW/CW/CW/CW/CW/CW/CW/CW/CXACXACXACXACXACXACXACXACXACXACXBCXBCXBCXBCXBCXBCXBCXBCXBCXBCXCCXCCXCCXCCXCCXCCXCCXCCXCCXC\
CXDCXDCXDCXDCXDCXDCXDCXDCXDCXDCXECXECXECXECXECXECXECXECXECXECXFCXFCXFCXFCXFCXFCXFCXFCXFCXFCXGCXGCXGCXGCXGCXGCXGCXGCXGCXG\
CXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXHCXICXICXICXICXICXICXICXICXICXICXICXICXICXICXICXICXICXICXICXI\
CXJCXJCXJCXJCXJCXJCXJCXJCXJCXJCW9CW9CW9CW9CW9CW9CW9CW9CW9CW9CXKCXKCXKCXKCXKCXKCXKCXKCXKCXKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CXJCXJCXJCXJCXJCXJCXJCXJCXJCXJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACXLCXLCXLCXLCXLCXLCXLCXLCXLCXLCXJCXJCXJCXJCXJCXJCXJCXJCXJCXJ\
AAAAAACXNAAAAAAAAAAAACXOAAAAAAAAACXPAAAAAAAAAAAAAAACXQAAAAAAAAAAAAAAAAAAAAAAAAAAACXRAAAAAAAAAAAACXSCXSCXSCXSAAAAAAAAAAAA\
AAAAAAAAAAAACXSCXSAAAAAAAAAAAACXTCXTCXTCXTCXTCXTCXTCXTCXTCXTCXUCXUCXUCXUCXUCXUCXUCXUCXUCXUCXVCXVCXVCXVCXVCXVCXVCXVCXVCXV\
CXWCXWCXWCXWCXWCXWCXWCXWCXWCXWCXXCXXCXXCXXCXXCXXCXXCXXCXXCXXCXYCXYCXYCXYCXYCXYCXYCXYCXYCXYCXZCXZCXZCXZCXZCXZCXZCXZCXZCXZ\
CXaCXaCXaCXaCXaCXaCXaCXaCXaCXaCXbCXbCXbCXbCXbCXbCXbCXbCXbCXbCXcCXcCXcCXcCXcCXcCXcCXcCXcCXcCXdCXdCXdCXdCXdCXdCXdCXdCXdCXd\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACXfCXgAAACXhCXiCXjCXkCXlCXmCXnCXoCXpCXqCXrAAAAAAAAACXoAAA\
CXsAAAAAAAAAAAAAAAAAAAAAAAAAAACXsCXtCXuCXtCXuCXuCXtAAAAAAAAACXtCXuCXuCXuCXuCXuCXuCXuCXtCXuCXuCXuCXtAAACXuCXuCXsCXuCXuCXu\
CXoCXoCXoCXoCXoCXoCXoCXoCXoCXoCXvAAAAAAAAAAAAAAAAAAAAAAAAAAACXwAAAAAAAAAAAAAAAAAAAAAAAAAAACXxCXxCXxCXxCXxCXxCXxCXxCXxAAA\
CXxCXxCXxCXxCXxCXxCXxCXxCXxCXxCXxCXxAAAAAACXxAAAAAAAAAAAAAAACXxAAAAAAAAAAAACXxCXxCXxCXxCXxCXxCXxCXxCXxCXxCXxCXxAAAAAAAAA\
CXyCXyCXyCXyCXyCXyCXyCXyCXyCXyCXzCXzCXzCXzCXzCXzCXzCXzCXzCXzCX0CX0CX0CX0CX0CX0CX0CX0CX0CX0CX1AAAAAAAAAAAAAAAAAAAAAAAAAAA\
CX2AAAAAAAAAAAAAAAAAAAAAAAAAAACX3CX3CX3CX3CX3CX3CX3CX3CX3CX3CX4CX4CX4CX4CX4CX4CX4CX4CX4CX4CX5CX5CX5CX5CX5CX5CX5CX5CX5CX5\
CX6CX6CX6CX6CX6CX6CX6CX6CX6CX6CX7AAACX7CX7CX7CX7CX7CX7CX7AAACX8AAACX8CX8CX8CX8CX8CX8CX8CX8CX9CX9CX9CX9CX9CX9CX9CX9CX9CX9\
CX+CX+CX+CX+CX+CX+CX+CX+CX+CX+CX/CX/CX/CX/CX/CX/CX/CX/CX/CX/CYACYACYACYACYACYACYACYACYACYACYBCYBCYBCYBCYBCYBCYBCYBCYBCYB\
CYCCYCCYCCYCCYCCYCCYCCYCCYCCYCCYDCYDCYDCYDCYDCYDCYDCYDCYDCYDCYECYECYECYECYECYECYECYECYECYECYFCYFCYFCYFCYFCYFCYFCYFCYFCYF\
CYGCYGCYGCYGCYGCYGCYGCYGCYGCYGCYHCYHCYHCYHCYHCYHCYHCYHCYHCYHCYICYICYICYICYICYICYICYICYICYICYJCYJCYJCYJCYJCYJCYJCYJCYJCYJ\
CYKCYKCYKCYKCYKCYKCYKCYKCYKCYKCYLCYLCYLCYLCYLCYLCYLCYLCYLCYLCYMCYMCYMCYMCYMCYMCYMCYMCYMCYMCYNCYNCYNCYNCYNCYNCYNCYNCYNCYN\
CYOCYOCYOCYOCYOCYOCYOCYOCYOCYOCYPCYPCYPCYPCYPCYPCYPCYPCYPCYPCYQCYQCYQCYQCYQCYQCYQCYQCYQCYQCYRCYRCYRCYRCYRCYRCYRCYRCYRCYR\
CYQCYQCYQCYQCYQCYQCYQCYQCYQCYQCYSCYSCYSCYSCYSCYSCYSCYSCYSCYSCYTCYTCYTCYTCYTCYTCYTCYTCYTCYTCYUCYUCYUCYUCYUCYUCYUCYUCYUCYU\
CYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYVCYWCYWCYWCYWCYWCYWCYWCYWCYWCYWCYXCYXCYXCYXCYXCYXCYXCYXCYXCYX\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYYCYYCYYCYYCYYCYYCYYCYYCYYCYYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYaAAACYbAAACYcCYdCYeCYfAAAAAACYgCYgCYgCYgCYgCYgCYgAAAAAACYhAAAAAAAAAAAAAAAAAAAAAAAA\
CYiCYiCYiCYiAAACYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYiCYjAAAAAAAAACYkAAACYlAAAAAAAAACYmAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CYnCYnCYnCYnCYnCYnCYnCYnCYnCYnCYoCYoCYoCYoCYoCYoCYoCYoCYoCYoCYpCYpCYpCYpCYpCYpCYpCYpCYpCYpCYqAAAAAAAAAAAAAAAAAAAAACYqAAA\
CYrAAAAAAAAAAAAAAAAAAAAAAAAAAACYrCYrAAAAAAAAAAAAAAAAAAAAAAAACYsCYsCYsCYsCYsCYsCYsCYsCYsCYsCYtCYtCYtCYtCYtCYtCYtCYtCYtCYt\
CYuCYuCYuCYuCYuCYuCYuCYuCYuCYuCYvCYvCYvCYvCYvCYvCYvCYvCYvCYvCYwCYwCYwCYwCYwCYwCYwCYwCYwCYwCYxCYxCYxCYxCYxCYxCYxCYxCYxCYx\
CYyCYyCYyCYyCYyCYyCYyCYyCYyCYyCYzCYzCYzCYzCYzCYzCYzCYzCYzCYzCY0CY0CY0CY0CY0CY0CY0CY0CY0CY0CY1CY1CY1CY1CY1CY1CY1CY1CY1CY1\
CY2CY2CY2CY2CY2CY2CY2CY2CY2CY2CY3CY3CY3CY3CY3CY3CY3CY3CY3CY3CY4CY4CY4CY4CY4CY4CY4CY4CY4CY4CY5CY5CY5CY5CY5CY5CY5CY5CY5CY5\
CY6CY6CY6CY6CY6CY6CY6CY6CY6CY6CY7CY7CY7CY7CY7CY7CY7CY7CY7CY7CY8CY8CY8CY8CY8CY8CY8CY8CY8CY8CY9CY9CY9CY9CY9CY9CY9CY9CY9CY9\
CY+CY+CY+CY+CY+CY+CY+CY+CY+CY+CY/CY/CY/CY/CY/CY/CY/CY/CY/CY/CZACZACZACZACZACZACZACZACZACZACZBCZBCZBCZBCZBCZBCZBCZBCZBCZB\
CZCCZCCZCCZCCZCCZCCZCCZCCZCCZCCZDCZDCZDCZDCZDCZDCZDCZDCZDCZDCZECZECZECZECZECZECZECZECZECZECZFCZFCZFCZFCZFCZFCZFCZFCZFCZF\
CZGCZGCZGCZGCZGCZGCZGCZGCZGCZGCZHCZHCZHCZHCZHCZHCZHCZHCZHCZHCZICZICZICZICZICZICZICZICZICZICZJCZJCZJCZJCZJCZJCZJCZJCZJCZJ\
CZKCZKCZKCZKCZKCZKCZKCZKCZKCZKCZLCZLCZLCZLCZLCZLCZLCZLCZLCZLCZMCZMCZMCZMCZMCZMCZMCZMCZMCZMCZNCZNCZNCZNCZNCZNCZNCZNCZNCZN\
CZOCZOCZOCZOCZOCZOCZOCZOCZOCZOCZPCZPCZPCZPCZPCZPCZPCZPCZPCZPCZQCZQCZQCZQCZQCZQCZQCZQCZQCZQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACZSCZTCZTAAAAAACZUCZVCZWCZXAAAAAAAAAAAAAAAAAAAAAAAAAAACZYCZYCZYCZYCZYCZYCZYCZYCZYCZY\
CZZCZZCZaCZbCZZCZZCZZCZZCZZCZcCZdAAAAAAAAAAAAAAAAAAAAAAAAAAACZeAAAAAAAAAAAAAAAAAAAAAAAAAAACZfCZfCZgCZhAAACZiCZjCZfAAAAAA\
CZfCZfCZfCZfCZfCZfCZfCZfCZfCZfCZkCZkCZkCZkCZkCZkCZkCZkCZkCZkCZkCZkAAAAAACZkAAACZkCZkCZlAAACZkCZkCZkAAACZlAAACZkCZkAAAAAA\
CZkCZkCZkCZkCZkCZkAAAAAACZkCZkCZmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACZnCZnCZnAAAAAAAAAAAAAAAAAACZoCZoCZoCZoCZoCZoCZoCZoCZoCZo\
AAAAAAAAAAAACZpCZoCZoCZoCZoCZoCZqCZoCZoCZoCZoAAAAAAAAAAAAAAACZoCZoCZoCZoCZoAAAAAAAAAAAAAAACZrCZoAAACZsAAACZoCZoCZoCZoCZo\
CZtCZtCZtCZtCZtCZtCZtCZtCZtCZtCZtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACZuCZuCZuAAAAAAAAAAAAAAAAAACZvCZvCZvCZvCZvCZvCZvCZvCZvCZv\
CZwCZwCZwCZwCZwCZwCZwCZwCZwCZwCZwAAAAAAAAAAAAAAAAAAAAAAAACZwAAAAAAAAAAAAAAAAAACZwCZwAAAAAACZxAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CZyAAAAAAAAAAAAAAAAAAAAAAAAAAACZzCZzCZzCZzCZzCZzCZzCZzCZzCZzCZ0CZ0CZ0CZ0CZ0CZ0CZ0CZ0CZ0CZ0CZ1CZ1CZ1CZ1CZ1CZ1CZ1CZ1CZ1CZ1\
CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2CZ2AAAAAAAAAAAAAAAAAAAAACZ2CZ2CZ2CZ2CZ2AAAAAAAAAAAAAAACZ3CZ3CZ3CZ3CZ3CZ3CZ3CZ3CZ3CZ3\
CZ4CZ4CZ4CZ4CZ4CZ4CZ4CZ4CZ4CZ4CZ5CZ5CZ5CZ5CZ5CZ5CZ5CZ5CZ5CZ5CZ6CZ6CZ6CZ6CZ6CZ6CZ6CZ6CZ6CZ6CZ7CZ7CZ7CZ7CZ7CZ7CZ7CZ7CZ7CZ7\
CZ8CZ8CZ8CZ8CZ8CZ8CZ8CZ8CZ8CZ8CZ9CZ9CZ9CZ9CZ9CZ9CZ9CZ9CZ9CZ9CZ+CZ+CZ+CZ+CZ+CZ+CZ+CZ+CZ+CZ+CZ/CZ/CZ/CZ/CZ/CZ/CZ/CZ/CZ/CZ/\
CaACaACaACaACaACaACaACaACaACaACaBCaBCaBCaBCaBCaBCaBCaBCaBCaBCaCCaCCaCCaCCaCCaCCaCCaCCaCCaCCaDCaDCaDCaDCaDCaDCaDCaDCaDCaD\
CaECaECaECaECaECaECaECaECaECaECaFCaFCaFCaFCaFCaFCaFCaFCaFCaFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACaHCaIAAAAAACaJCaKAAAAAAAAAAAACaLAAAAAAAAAAAAAAAAAACaM\
AAACaLAAAAAAAAAAAAAAAAAAAAAAAAAAACaMCaMCaMCaMCaMCaMCaMCaMCaMAAACaMCaMAAAAAACaMCaMCaMCaMCaMCaNCaNCaNCaNCaNCaNCaNCaNCaNCaN\
CaOCaOCaOCaOCaOCaOCaOCaOCaOCaOCaPCaPCaPCaPCaPCaPCaPCaPCaPCaPCaQCaQCaQCaQCaQCaQCaQCaQCaQCaQCaRCaRCaRCaRCaRCaRCaRCaRCaRCaR\
CaSCaSCaSCaSCaSCaSCaSCaSCaSCaSCaTCaTCaTCaTCaTCaTCaTCaTCaTCaTCaUCaUCaUCaUCaUCaUCaUCaUCaUCaUCaVCaVCaVCaVCaVCaVCaVCaVCaVCaV\
CaWCaWCaWCaWCaWCaWCaWCaWCaWCaWCaXCaXCaXCaXCaXCaXCaXCaXCaXCaXCaYCaYCaYCaYCaYCaYCaYCaYCaYCaYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACaaAAAAAAAAAAAAAAACabAAAAAACacAAACacCacCadCacCaeCaeCafCagAAACahCahCahCahCahCahCahCah\
CaiCaiCaiCaiCaiCaiCaiCaiCaiCaiCaiCaiCaiAAAAAAAAAAAAAAAAAAAAAAAACaiCaiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACaiAAAAAAAAAAAAAAAAAA\
CajAAAAAAAAAAAAAAAAAAAAAAAAAAACakCakCakCakCakCakCakCakCakCakCalCalCalCalCalCalCalCalCalCalCamCamCamCamCamCamCamCamCamCam\
CanCanCanCanCanCanCanCanCanCanCaoCaoCaoCaoCaoCaoCaoCaoCaoCaoCapCapCapCapCapCapCapCapCapCapCaqCaqCaqCaqCaqCaqCaqCaqCaqCaq\
CarCarCarCarCarCarCarCarCarCarCasCasCasCasCasCasCasCasCasCasCatCatCatCatCatCatCatCatCatCatCauCauCauCauCauCauCauCauCauCau\
CavCavCavCavCavCavCavCavCavCavCawCawCawCawCawCawCawCawCawCawCaxCaxCaxCaxCaxCaxCaxCaxCaxCaxCayCayCayCayCayCayCayCayCayCay\
CazCazCazCazCazCazCazCazCazCazAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACa0Ca0Ca0Ca0Ca0Ca0Ca0Ca0Ca0Ca0Ca1Ca1Ca1Ca1Ca1Ca1Ca1Ca1Ca1Ca1\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACa3AAAAAACa4Ca5Ca6Ca7Ca4AAACa8AAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAACa9Ca9Ca9Ca9AAAAAAAAAAAACa+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACa9Ca9Ca9Ca9Ca9Ca/AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAACbACbACbACbACbACbACbACbAAAACbBCbBCbBCbBCbBCbBCbBCbBCbBCbBCbCCbCCbCCbCCbCCbCCbCCbCCbCCbCCbDAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CbECbECbECbECbECbECbECbECbECbECbFCbFCbFCbFCbFCbFCbFCbFCbFCbFCbGCbGCbGCbGCbGCbGCbGCbGCbGCbGCbHCbHCbHCbHCbHCbHCbHCbHCbHCbH\
CbICbICbICbICbICbICbICbICbICbICbJCbJCbJCbJCbJCbJCbJCbJCbJCbJCbKCbKCbKCbKCbKCbKCbKCbKCbKCbKCbLCbLCbLCbLCbLCbLCbLCbLCbLCbL\
CbMCbMCbMCbMCbMCbMCbMCbMCbMCbMCbNCbNCbNCbNCbNCbNCbNCbNCbNCbNCbOCbOCbOCbOCbOCbOCbOCbOCbOCbOCbPCbPCbPCbPCbPCbPCbPCbPCbPCbP\
CbQCbQCbQCbQCbQCbQCbQCbQCbQCbQCbRCbRCbRCbRCbRCbRCbRCbRCbRCbRCbSCbSCbSCbSCbSCbSCbSCbSCbSCbSCbTCbTCbTCbTCbTCbTCbTCbTCbTCbT\
CbUCbUCbUCbUCbUCbUCbUCbUCbUCbUCbVCbVCbVCbVCbVCbVCbVCbVCbVCbVCbWCbWCbWCbWCbWCbWCbWCbWCbWCbWCbXCbXCbXCbXCbXCbXCbXCbXCbXCbX\
CbYCbYCbYCbYCbYCbYCbYCbYCbYCbYCbZCbZCbZCbZCbZCbZCbZCbZCbZCbZCbaCbaCbaCbaCbaCbaCbaCbaCbaCbaCbbCbbCbbCbbCbbCbbCbbCbbCbbCbb\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACbdCbeAAAAAAAAAAAAAAAAAACbfAAACbgAAAAAAAAAAAAAAAAAAAAAAAAAAACbhCbhCbhCbhCbhCbhCbhCbhAAAAAACbiAAACbjCbkCblCbmCbnCbo\
CbpCbpCbpCbpCbpCbpCbpCbpCbpCbpCbqCbqCbqCbqCbqCbqCbqCbqCbqCbqCbrCbrCbrCbrCbrCbrCbrCbrCbrCbrAAAAAAAAAAAACbrAAAAAACbrAAAAAA\
AAAAAAAAACbrCbrAAACbrCbrAAAAAAAAAAAACbrAAAAAAAAAAAACbrAAACbrAAAAAACbsCbrAAACbrCbrAAAAAAAAAAAAAAACbrAAAAAAAAACbrAAACbrAAA\
AAAAAACbrAAACbrCbrAAACbrAAAAAACbtCbtCbtCbtCbtCbtCbtCbtCbtCbtCbuCbuCbuCbuCbuCbuCbuCbuCbuCbuCbvCbvCbvCbvCbvCbvCbvCbvCbvCbv\
AAAAAACbvAAAAAAAAAAAAAAAAAACbvCbwCbwCbwCbwCbwCbwCbwCbwCbwCbwCbxCbxCbxCbxCbxCbxCbxCbxCbxCbxCbyCbyCbyCbyCbyCbyCbyCbyCbyCby\
CbzCbzCbzCbzCbzCbzCbzCbzCbzCbzCb0Cb0Cb0Cb0Cb0Cb0Cb0Cb0Cb0Cb0Cb1Cb1Cb1Cb1Cb1Cb1Cb1Cb1Cb1Cb1Cb2Cb2Cb2Cb2Cb2Cb2Cb2Cb2Cb2Cb2\
Cb3Cb3Cb3Cb3Cb3Cb3Cb3Cb3Cb3Cb3Cb4Cb4Cb4Cb4Cb4Cb4Cb4Cb4Cb4Cb4Cb5Cb5Cb5Cb5Cb5Cb5Cb5Cb5Cb5Cb5Cb6Cb6Cb6Cb6Cb6Cb6Cb6Cb6Cb6Cb6\
Cb7Cb7Cb7Cb7Cb7Cb7Cb7Cb7Cb7Cb7Cb8Cb8Cb8Cb8Cb8Cb8Cb8Cb8Cb8Cb8Cb9Cb9Cb9Cb9Cb9Cb9Cb9Cb9Cb9Cb9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACb/AAAAAAAAACcACcBCcCCcDAAAAAAAAAAAAAAAAAACcEAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAACcFCcGAAAAAAAAAAAAAAAAAAAAAAAAAAACcHCcICcJAAAAAAAAAAAAAAACcKCcLAAAAAAAAACcMCcNAAAAAACcOAAAAAA\
AAAAAACcPCcQAAAAAAAAAAAACcRAAAAAAAAACcSCcTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcUCcVCcVCcVCcVCcVCcVCcVCcVCcVCcV\
CcWCcWAAAAAAAAAAAAAAAAAAAAACcWCcWCcWAAAAAAAAACcWCcWAAAAAAAAAAAAAAAAAAAAACcWAAAAAAAAAAAAAAACcWCcXCcXCcXAAAAAAAAACcXCcXCcX\
AAAAAAAAAAAAAAAAAAAAAAAAAAACcYAAAAAAAAAAAAAAAAAAAAACcZAAAAAAAAAAAAAAAAAAAAAAAACcaAAAAAAAAACcbCcbCcbCcbCcbCcbCcbCcbCcbCcb\
CcbCccAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcbAAACcdCcdCcdCcdCcdCcdCcdCcdCcdCcdCceCcfCcgCchCcdCciCceCcjCckCcl\
AAAAAACcfAAAAAAAAAAAAAAAAAAAAACcmCcmCcmCcmCcmCcmCcmCcmCcmCcmCcnCcnCcnCcnCcnCcnCcnCcnCcnCcnCcoCcoCcoCcoCcoCcoCcoCcoCcoCco\
AAAAAAAAAAAAAAAAAAAAAAAAAAACcpAAAAAAAAAAAAAAAAAAAAAAAAAAACcqAAAAAACcrCcsAAAAAAAAAAAAAAAAAACctCctCctCctCctCctCctCctCctCct\
CctCctCctCctCctCctCctAAAAAAAAACcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuCcuAAAAAAAAACcuCcuCcuCcuAAAAAAAAAAAAAAAAAA\
CcuCcuCcuAAAAAAAAAAAAAAAAAAAAACcuCcuCcuCcuAAAAAAAAAAAAAAACcuCcuCcuCcuCcuCcuCcuAAAAAAAAAAAACcuCcuCcuCcuAAAAAAAAACcuAAAAAA\
CcuCcuCcuCcuCcuCcuCcuCcuCcuAAACcuCcuCcuCcuCcuAAAAAACcuAAACcuCcvCcvCcvCcvCcvCcvCcvCcvCcvCcvCcwCcwCcwCcwCcwCcwCcwCcwCcwCcw\
CcxCcxCcxCcxCcxCcxCcxCcxCcxCcxCcyCcyCcyCcyAAAAAAAAAAAAAAAAAACcyCcyCcyCcyCcyCcyCcyAAAAAAAAAAAAAAACcyAAAAAAAAAAAACcyCcyAAA\
CcyCcyCcyCcyAAAAAAAAACcyAAAAAACczCczCczCczCczCczCczCczCczCczCc0Cc0Cc0Cc0Cc0Cc0Cc0Cc0Cc0Cc0Cc1Cc1Cc1Cc1Cc1Cc1Cc1Cc1Cc1Cc1\
Cc2Cc2Cc2Cc2Cc2Cc2Cc2Cc2Cc2Cc2Cc3Cc3Cc3Cc3Cc3Cc3Cc3Cc3Cc3Cc3Cc4Cc4Cc4Cc4Cc4Cc4Cc4Cc4Cc4Cc4Cc5Cc5Cc5Cc5Cc5Cc5Cc5Cc5Cc5Cc5\
Cc6Cc6Cc6Cc6Cc6Cc6Cc6Cc6Cc6Cc6Cc7Cc7Cc7Cc7Cc7Cc7Cc7Cc7Cc7Cc7Cc8Cc8Cc8Cc8Cc8Cc8Cc8Cc8Cc8Cc8Cc9Cc9Cc9Cc9Cc9Cc9Cc9Cc9Cc9Cc9\
Cc+Cc+Cc+Cc+Cc+Cc+Cc+Cc+Cc+Cc+Cc/Cc/Cc/Cc/Cc/Cc/Cc/Cc/Cc/Cc/CdACdACdACdACdACdACdACdACdACdACdBCdBCdBCdBCdBCdBCdBCdBCdBCdB\
CdCCdCCdCCdCCdCCdCCdCCdCCdCCdCCdDCdDCdDCdDCdDCdDCdDCdDCdDCdDCdECdECdECdECdECdECdECdECdECdECdFCdFCdFCdFCdFCdFCdFCdFCdFCdF\
CdGCdGCdGCdGCdGCdGCdGCdGCdGCdGCdHCdHCdHCdHCdHCdHCdHCdHCdHCdHCdICdICdICdICdICdICdICdICdICdICdJCdJCdJCdJCdJCdJCdJCdJCdJCdJ\
CdKCdKCdKCdKCdKCdKCdKCdKCdKCdKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACdMAAAAAAAAACdNCdOCdPCdQ\
AAAAAAAAAAAAAAAAAACdRAAAAAAAAAAAAAAAAAACdSAAAAAAAAAAAAAAAAAACdTAAAAAAAAAAAAAAAAAAAAAAAAAAACdUAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAACdVCdWAAAAAACdXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACdYCdZAAAAAAAAAAAAAAAAAAAAAAAAAAACdaAAAAAAAAAAAAAAAAAAAAAAAAAAACdb\
CdcCdcCdcCdcCdcCdcCdcCdcCdcCdcAAAAAAAAAAAAAAAAAAAAAAAAAAACddAAAAAAAAAAAAAAAAAAAAACddAAAAAAAAAAAAAAAAAAAAAAAACdeAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAACdfCdgCdhAAAAAAAAACdiCdfCdjCdjAAACdkCdlCdmCdnCdoCdpCdmCdmAAACdqAAAAAAAAACdrAAAAAAAAAAAAAAAAAA\
CdsCdsCdsCdsCdsCdsCdsCdsCdsCdsAAAAAAAAAAAAAAAAAAAAAAAACdtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACduCdvCdvCdvCdvCdvCdvCdvCdvCdvCdv\
CdvCdvCdvCdvCdvAAACdvCdvAAAAAAAAAAAAAAAAAAAAACdvAAAAAAAAAAAACdvCdvCdvCdvCdvAAAAAAAAAAAAAAACdvAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CdwCdwCdwCdwCdwCdwCdwCdwAAACdwCdwCdwAAAAAAAAAAAAAAAAAAAAACdwCdwCdwCdwCdwCdwCdwCdwCdwCdwCdwCdwAAAAAAAAAAAAAAAAAAAAAAAACdw\
CdwAAAAAAAAAAAAAAAAAAAAAAAAAAACdwAAAAAAAAAAAACdwCdwCdwCdwCdwCdwAAAAAAAAACdwCdwCdwCdwAAACdwAAAAAAAAAAAAAAACdwCdwCdwAAAAAA\
CdxCdxCdxCdxCdxCdxCdxCdxCdxCdxCdyCdyAAAAAAAAAAAAAAAAAAAAAAAACdyCdyCdyCdyCdyCdyCdyCdyCdyCdyCdzCdzCdzCdzCdzCdzCdzCdzCdzCdz\
Cd0Cd0Cd0Cd0Cd0Cd0Cd0Cd0Cd0Cd0Cd1Cd1Cd1Cd1Cd1Cd1Cd1Cd1Cd1Cd1Cd2Cd2Cd2Cd2Cd2Cd2Cd2Cd2Cd2Cd2Cd3Cd3Cd3Cd3Cd3Cd3Cd3Cd3Cd3Cd3\
Cd4Cd4Cd4Cd4Cd4Cd4Cd4Cd4Cd4Cd4Cd5Cd5Cd5Cd5Cd5Cd5Cd5Cd5Cd5Cd5Cd6Cd6Cd6Cd6Cd6Cd6Cd6Cd6Cd6Cd6Cd7Cd7Cd7Cd7Cd7Cd7Cd7Cd7Cd7Cd7\
Cd8Cd8Cd8Cd8Cd8Cd8Cd8Cd8Cd8Cd8Cd9Cd9Cd9Cd9Cd9Cd9Cd9Cd9Cd9Cd9Cd+Cd+Cd+Cd+Cd+Cd+Cd+Cd+Cd+Cd+Cd/Cd/Cd/Cd/Cd/Cd/Cd/Cd/Cd/Cd/\
CeACeACeACeACeACeACeACeACeACeACeBCeBCeBCeBCeBCeBCeBCeBCeBCeBCeCCeCCeCCeCCeCCeCCeCCeCCeCCeCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACeECeFAAACeGCeHCeICeJAAA\
CeKAAAAAAAAACeLCeMCeMCeNAAACeOAAACePAAAAAAAAAAAAAAAAAAAAACeLAAAAAAAAAAAACeLCeQAAAAAAAAAAAAAAACeRAAAAAAAAACeSCeRCeRCeRAAA\
AAACeTCeTCeUAAACeVAAACeTCeTCeWCeXCeYAAACeYCeYCePCeZAAAAAACeYAAAAAACeaAAAAAAAAAAAAAAAAAAAAAAAAAAACebAAAAAAAAAAAAAAAAAAAAA\
AAAAAACecAAAAAAAAAAAAAAAAAAAAAAAAAAACedAAAAAAAAAAAAAAAAAAAAACebCebCebCebCebCebCebCebCebCebAAAAAACeeAAAAAAAAAAAAAAAAAAAAA\
AAAAAACefAAAAAAAAAAAAAAAAAAAAAAAAAAACegAAAAAAAAAAAAAAAAAAAAAAAAAAACehAAAAAAAAAAAAAAAAAAAAACeiCeiCeiCeiCeiCeiCeiCeiCeiCei\
AAACeiCeiCeiCeiCeiCeiCeiCeiCeiAAACeiAAAAAAAAAAAAAAAAAAAAAAAACeiCeiAAAAAAAAAAAAAAAAAAAAAAAACejCejCekAAAAAAAAAAAAAAACelAAA\
AAAAAACemAAAAAAAAAAAAAAAAAAAAAAAACenCeoCepCeqCerAAACesCetAAACeuCeuAAAAAACeuAAAAAAAAAAAAAAACeuCeuCeuCeuCeuCeuCeuCeuCeuCeu\
CeuAAAAAAAAAAAAAAAAAAAAAAAAAAACeuAAAAAACeuAAAAAAAAAAAAAAAAAAAAAAAAAAACeuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACeuAAAAAAAAAAAA\
AAACeuAAAAAAAAAAAAAAAAAAAAAAAACeuCeuAAACeuAAAAAAAAAAAAAAAAAACevCevCevCevCevCevCevCevCevCevCewCewCewCewCewCewCewCewCewCew\
CewAAAAAAAAAAAAAAAAAAAAAAAAAAACewCewCewCewCewCewCewCewCewAAAAAAAAAAAAAAAAAAAAAAAAAAACeuAAAAAACexCexAAAAAAAAAAAAAAAAAAAAA\
AAAAAACexAAAAAAAAAAAAAAAAAAAAACexAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACexAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACexAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAACexAAAAAAAAAAAAAAACexAAAAAACexAAACexAAACeyCeyCeyCeyCeyCeyCeyCeyCeyCeyCezCezCezCezCezCezCezCezCezCez\
Ce0Ce0Ce0Ce0Ce0Ce0Ce0Ce0Ce0Ce0Ce1Ce1Ce1Ce1Ce1Ce1Ce1Ce1Ce1Ce1Ce2Ce2Ce2Ce2Ce2Ce2Ce2Ce2Ce2Ce2Ce3Ce3Ce3Ce3Ce3Ce3Ce3Ce3Ce3Ce3\
Ce4Ce4Ce4Ce4Ce4Ce4Ce4Ce4Ce4Ce4Ce5Ce5Ce5Ce5Ce5Ce5Ce5Ce5Ce5Ce5Ce6Ce6Ce6Ce6Ce6Ce6Ce6Ce6Ce6Ce6Ce7Ce7Ce7Ce7Ce7Ce7Ce7Ce7Ce7Ce7\
Ce8Ce8Ce8Ce8Ce8Ce8Ce8Ce8Ce8Ce8Ce9Ce9Ce9Ce9Ce9Ce9Ce9Ce9Ce9Ce9Ce+Ce+Ce+Ce+Ce+Ce+Ce+Ce+Ce+Ce+Ce/Ce/Ce/Ce/Ce/Ce/Ce/Ce/Ce/Ce/\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACfACfACfACfACfACfACfACfACfACfACfBCfBCfBCfBCfBCfBCfBCfBCfBCfBCfCCfCCfCCfCCfCCfCCfCCfCCfCCfC\
CfDCfDCfDCfDCfDCfDCfDCfDCfDCfDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACfECfECfECfECfECfECfECfECfECfE\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACfGAAACfHAAACfICfJCfKCfLCfMCfNCfOCfPAAAAAACfQCfICfICfRCfICfIAAACfSCfTAAA\
CfUCfUCfUCfUCfUCfUCfUCfUCfUCfUCfVCfWCfXCfYCfZAAACfaCfbAAAAAAAAACfWAAAAAAAAACfcCfaCfdAAAAAAAAACfWCfeCffAAAAAACfgCfhCfiAAA\
AAACfWCfjAAACfkCflCfaCfhAAAAAAAAACfWCfmAAAAAAAAACfaCfhAAAAAAAAACfWCfnCfoCfpAAACfaCfhAAAAAAAAACfWCfqCfrAAAAAACfsCfhAAAAAA\
CftCftCftCftCftCftCftCftCftCftCfuCfuCfuCfuCfuCfuCfuCfuCfuCfuCfvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACfwAAAAAAAAA\
CfxCfxCfxCfxCfxCfxCfxCfxCfxCfxCfyCfyCfyCfyCfyCfyCfyCfyCfyCfyAAAAAAAAAAAAAAAAAAAAACfzAAAAAACfyCfyCf0Cf0Cf0Cf0Cf0Cf0CfyCfy\
Cf0Cf0CfyCf0CfyCfyCfyCf0Cf0CfyCf0Cf0Cf0Cf0Cf0CfyCfyCfyCfyCfyAAAAAAAAAAAAAAAAAAAAAAAAAAACfzCfzCfzAAAAAACfzAAAAAAAAAAAAAAA\
CfzCfzCfzCfzCf0AAACfzCfzCfzAAACfzAAAAAAAAAAAAAAAAAAAAAAAAAAACf0CfzCf0Cf0CfzCfzCfzCf0CfzCfzAAAAAAAAAAAACfzAAAAAAAAAAAAAAA\
AAAAAACfzAAAAAAAAAAAAAAACfzCfzCfzCfzAAAAAAAAAAAAAAAAAAAAAAAAAAACfzAAAAAAAAAAAAAAAAAAAAAAAACfzCfzCfzAAAAAAAAAAAACf0AAAAAA\
CfzCf0Cf1AAAAAAAAACfzAAAAAAAAACfzCfzCf0CfzAAACf0AAACfzAAAAAACfzAAACf0Cf0CfzCfzCf0Cf0Cf0CfzAAAAAAAAAAAAAAACfzCf0AAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAACfzAAAAAAAAACfzAAAAAAAAAAAAAAAAAAAAAAAAAAACf0Cf0Cf0CfzCfzAAAAAACfzCf0CfzAAACfzAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAACfzCfzCf2Cf2Cf2Cf2Cf2Cf2Cf2Cf2Cf2Cf2CfwCfwCfwCfwCfwCfwCfwCfwCfwCfwAAACf3AAAAAAAAAAAAAAAAAAAAAAAA\
Cf4Cf4Cf4Cf4Cf4Cf4Cf4Cf4Cf4Cf4Cf5Cf5Cf5Cf5Cf5Cf5Cf5Cf5Cf5Cf5CfzCfzCfzCfzCfzCfzCfzCfzCfzCfzCf6Cf6Cf6Cf6Cf6Cf6Cf6Cf6Cf6Cf6\
Cf7Cf7Cf7Cf7Cf7Cf7Cf7Cf7Cf7Cf7AAAAAAAAAAAAAAAAAACf6AAAAAAAAACf8Cf8Cf8Cf8Cf8Cf8Cf8Cf8Cf8Cf8Cf9Cf9Cf9Cf9Cf9Cf9Cf9Cf9Cf9Cf9\
Cf+Cf+Cf+Cf+Cf+Cf+Cf+Cf+Cf+Cf+Cf/Cf/Cf/Cf/Cf/Cf/Cf/Cf/Cf/Cf/CgACgACgACgACgACgACgACgACgACgACgBCgBCgBCgBCgBCgBCgBCgBCgBCgB\
CgCCgCCgCCgCCgCCgCCgCCgCCgCCgCCgDCgDCgDCgDCgDCgDCgDCgDCgDCgDCgECgECgECgECgECgECgECgECgECgECgFCgFCgFCgFCgFCgFCgFCgFCgFCgF\
CgGCgGCgGCgGCgGCgGCgGCgGCgGCgGCgHCgHCgHCgHCgHCgHCgHCgHCgHCgHCgICgICgICgICgICgICgICgICgICgICgJCgJCgJCgJCgJCgJCgJCgJCgJCgJ\
CgKCgKCgKCgKCgKCgKCgKCgKCgKCgKCgLCgLCgLCgLCgLCgLCgLCgLCgLCgLCgMCgMCgMCgMCgMCgMCgMCgMCgMCgMCgNCgNCgNCgNCgNCgNCgNCgNCgNCgN\
CgOCgOCgOCgOCgOCgOCgOCgOCgOCgOCgPCgPCgPCgPCgPCgPCgPCgPCgPCgPCgQCgQCgQCgQCgQCgQCgQCgQCgQCgQCgRCgRCgRCgRCgRCgRCgRCgRCgRCgR\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgMCgMCgMCgMCgMCgMCgMCgMCgMCgMCgSCgSCgSCgSCgSCgSCgSCgSCgSCgSCgTCgTCgTCgTCgTCgTCgTCgTCgTCgT\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAACgVCgWCgXAAAAAAAAACgYCgZCgZAAACgaCgbCgbCgbCgbCgbCgbCgbCgbAAACgcCgcAAAAAAAAAAAAAAAAAAAAAAAACgcAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAACgcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgcCgcAAACgdAAAAAAAAAAAAAAAAAAAAAAAACgeCgeCgeCgeCgeCgeCgeCgeCgeCge\
CgdCgdCgdCgdCgdCgdCgdCgdCgdCgdCgfCgfCgfCgfCgfCgfCgfCgfCgfCgfCggCggCggCggCggCggCggCggCggCggCghCghCghCghCghCghCghCghCghCgh\
CgiCgiCgiCgiCgiCgiCgiCgiCgiCgiCgjCgjCgjCgjCgjCgjCgjCgjCgjCgjCgkCgkCgkCgkCgkCgkCgkCgkCgkCgkCglCglCglCglCglCglCglCglCglCgl\
CgmCgmCgmCgmCgmCgmCgmCgmCgmCgmCgnCgnCgnCgnCgnCgnCgnCgnCgnCgnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgoCgoCgoCgoCgoCgoCgoCgoCgoCgo\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgqAAAAAACgrCgrAAACgsAAACgtCgtCgtCgtCgtCgtCgtCgtCgtCgtCguCguCguCguCguCguCguCguCguCgu\
CgvAAAAAAAAAAAAAAAAAAAAAAAAAAACgwCgwCgwCgwCgwCgwCgwCgwCgwCgwCgxCgxCgxCgxCgxCgxCgxCgxCgxCgxCgyAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CgzCgzCgzCgzCgzCgzCgzCgzCgzCgzCg0Cg0Cg0Cg0Cg0Cg0Cg0Cg0Cg0Cg0AAACg1Cg1AAAAAACg1Cg1AAAAAAAAACg2Cg2Cg2Cg2Cg2Cg2Cg2Cg2Cg2Cg2\
Cg3Cg3Cg3Cg3Cg3Cg3Cg3Cg3Cg3Cg3Cg4Cg4Cg4Cg4Cg4Cg4Cg4Cg4Cg4Cg4Cg5Cg5Cg5Cg5Cg5Cg5Cg5Cg5Cg5Cg5Cg6Cg6Cg6Cg6Cg6Cg6Cg6Cg6Cg6Cg6\
Cg7Cg7Cg7Cg7Cg7Cg7Cg7Cg7Cg7Cg7Cg8Cg8Cg8Cg8Cg8Cg8Cg8Cg8Cg8Cg8Cg9Cg9Cg9Cg9Cg9Cg9Cg9Cg9Cg9Cg9Cg+Cg+Cg+Cg+Cg+Cg+Cg+Cg+Cg+Cg+\
Cg/Cg/Cg/Cg/Cg/Cg/Cg/Cg/Cg/Cg/ChAChAChAChAChAChAChAChAChAChAChBChBChBChBChBChBChBChBChBChBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAChDAAAChEChFChGChHChIChJChKChLAAAAAAAAAAAAAAAAAAAAAAAAChMAAA\
AAAChNAAAChOChPChQChPChRChSChPAAAChPChTAAAChUChPChPChPChVChPAAAAAAAAAChWChXChOChPChPChWChPChNChYChZChPChPChNChNChPChPChP\
ChNAAAChPChWChWChPChaAAAChPAAAAAAChbChbChbChbChbChbChbChbChcChdAAAAAAAAAAAAAAAAAAAAAAAAAAACheAAAAAAAAAAAAAAAAAAAAAAAAAAA\
ChfAAAAAAAAAAAAAAAAAAAAAAAAAAAChgChgAAAAAAAAAAAAAAAAAAAAAAAAAAAChgAAAAAAAAAAAAAAAAAAAAAAAAChgChgChgChgChgChgChgChgChgChg\
ChgChgChgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAChgChgChgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAChgAAAChgChgChgChgChgAAAAAAAAAAAA\
AAAAAAAAAAAAAAAChgAAAAAAAAAAAAChgChgChgChgChgChgAAAAAAAAAAAAChgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAChgAAAAAAAAAAAAAAAAAAAAA\
AAAAAAChgChgAAAAAAAAAAAAAAAAAAChgAAAAAAChgChgAAAAAAAAAAAAAAAChgAAAAAAChgAAAAAAAAAAAAAAAAAAChhChhChhChhChhChhChhChhChhChh\
ChhChiChjChhAAAAAAAAAAAAAAAAAAChkAAAAAAAAAAAAAAAAAAAAAAAAAAAChlChlChlChlChlChlChlChlChlChlChmAAAAAAAAAAAAAAAAAAAAAAAAAAA\
ChnChnChnChnChnChnChnChnChnChnChoChoChoChoChoChoChoChoChoChoChpChqChoChrAAAAAAAAAAAAAAAAAAChoChoChoChoChoChoChoChoAAAAAA\
ChmChmChmChmChmChmChmChmChmChmChsChsChsChsChsChsChsChsChsChsChtChtChtChtChtChtChtChtChtChtChuChuChuChuChuChuChuChuChuChu\
ChvChvChvChvChvChvChvChvChvChvAAAChvAAAChvChvChvChvChvChvChvChvChvChvChvAAAChvChvChvChvChvChvChvChvChvChvChvChvChvChvAAA\
ChwChwChwChwChwChwChwChwChwChwChxChxChxChxChxChxChxChxChxChxChyChyChyChyChyChyChyChyChyChyChzChzChzChzChzChzChzChzChzChz\
Ch0Ch0Ch0Ch0Ch0Ch0Ch0Ch0Ch0Ch0Ch1Ch1Ch1Ch1Ch1Ch1Ch1Ch1Ch1Ch1Ch2Ch2Ch2Ch2Ch2Ch2Ch2Ch2Ch2Ch2Ch3Ch3Ch3Ch3Ch3Ch3Ch3Ch3Ch3Ch3\
Ch4Ch4Ch4Ch4Ch4Ch4Ch4Ch4Ch4Ch4Ch5Ch5Ch5Ch5Ch5Ch5Ch5Ch5Ch5Ch5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh6Ch6Ch6Ch6Ch6Ch6Ch6Ch6Ch6Ch6\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh7Ch7Ch7Ch7Ch7Ch7Ch7Ch7Ch7Ch7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh8Ch8Ch8Ch8Ch8Ch8Ch8Ch8Ch8Ch8\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh+AAACh/Ch/AAAAAAAAACiAAAACiBAAAAAAAAAAAAAAAAAAAAAAAACiCAAAAAAAAACiDCiDCiDCiDAAAAAAAAAAAA\
CiEAAAAAAAAAAAACiFCiFCiFCiFCiFCiGAAAAAAAAAAAAAAAAAAAAAAAAAAACiHAAAAAAAAAAAAAAAAAAAAAAAAAAACiICiICiICiICiICiICiICiICiICiI\
CiJCiJCiJCiJCiJCiJCiJCiJCiJCiJCiKCiKCiKCiKCiKCiKCiKCiKCiKCiKCiLAAAAAAAAAAAAAAAAAAAAAAAAAAACiMAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CiNCiNCiNCiNCiNCiNCiNCiNCiNCiNCiOCiOCiOCiOCiOCiOCiOCiOCiOCiOCiPCiPCiPCiPCiPCiPCiPCiPCiPCiPCiQCiQCiQCiQCiQCiQCiQCiQCiQCiQ\
CiRCiRCiRCiRCiRCiRCiRCiRCiRCiRCiSCiSCiSCiSCiSCiSCiSCiSCiSCiSCiTCiTCiTCiTCiTCiTCiTCiTCiTCiTCiUCiUCiUCiUCiUCiUCiUCiUCiUCiU\
CiVCiVCiVCiVCiVCiVCiVCiVCiVCiVCiWCiWCiWCiWCiWCiWCiWCiWCiWCiWCiXCiXCiXCiXCiXCiXCiXCiXCiXCiXCiYCiYCiYCiYCiYCiYCiYCiYCiYCiY\
CiZCiZCiZCiZCiZCiZCiZCiZCiZCiZCiaCiaCiaCiaCiaCiaCiaCiaCiaCiaCibCibCibCibCibCibCibCibCibCibCicCicCicCicCicCicCicCicCicCic\
CidCidCidCidCidCidCidCidCidCidCieCieCieCieCieCieCieCieCieCieCifCifCifCifCifCifCifCifCifCifCigCigCigCigCigCigCigCigCigCig\
CihCihCihCihCihCihCihCihCihCihCiiCiiCiiCiiCiiCiiCiiCiiCiiCiiCijCijCijCijCijCijCijCijCijCijCikCikCikCikCikCikCikCikCikCik\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CilCilCilCilCilCilCilCilCilCilAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACinCinAAAAAACioCipAAACiqCiqCiqCiqCiqCiqCiqCiqCiqCiq\
AAAAAAAAAAAACirCirCirCirAAAAAACisCisCisCisCisCisCisCisCisCisCitCitCitCitCitCitCitCitCitCitCiuCiuCiuCiuCiuCiuCiuCiuCiuCiu\
CivCivCivCivCivCivCivCivCivCivCiwCiwCiwCiwCiwCiwCiwCiwCiwCiwCixCixCixCixCixCixCixCixCixCixCiyCiyCiyCiyCiyCiyCiyCiyCiyCiy\
CizCizCizCizCizCizCizCizCizCizCi0Ci0Ci0Ci0Ci0Ci0Ci0Ci0Ci0Ci0Ci1Ci1Ci1Ci1Ci1Ci1Ci1Ci1Ci1Ci1Ci2Ci2Ci2Ci2Ci2Ci2Ci2Ci2Ci2Ci2\
Ci3Ci3Ci3Ci3Ci3Ci3Ci3Ci3Ci3Ci3Ci4Ci4Ci4Ci4Ci4Ci4Ci4Ci4Ci4Ci4Ci5Ci5Ci5Ci5Ci5Ci5Ci5Ci5Ci5Ci5Ci6Ci6Ci6Ci6Ci6Ci6Ci6Ci6Ci6Ci6\
Ci7Ci7Ci7Ci7Ci7Ci7Ci7Ci7Ci7Ci7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACi9AAAAAACi+Ci+AAAAAACi+Ci/Ci/Ci/Ci/Ci/Ci/CjACi/Ci/Ci/CjBCjBCjBCjBCjBCjBCjBCjBCjBCjBCjCCjCCjCCjCCjCCjCCjCCjCCjCCjC\
AAAAAACjDAAACjCCjCCjCCjCCjCCjCCjECjECjECjECjECjECjECjECjECjECjFCjFCjFCjFCjFCjFCjFCjFCjFCjFCjGCjGCjGCjGCjGCjGCjGCjGCjGCjG\
CjHCjHCjHCjHCjHCjHCjHCjHCjHCjHCjICjICjICjICjICjICjICjICjICjICjJCjJCjJCjJCjJCjJCjJCjJCjJCjJCjKCjKCjKCjKCjKCjKCjKCjKCjKCjK\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACjMAAAAAACjMCjMAAAAAACjM\
CjNCjNCjNCjNCjNCjNCjNCjNCjNCjNCjOCjOCjOCjOCjOCjOCjOCjOCjOCjOCjPCjPCjPCjPCjPCjPCjPCjPCjPCjPCjQCjQCjQCjQCjQCjQCjQCjQCjQCjQ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACjSAAACjTCjTCjTCjTCjTCjTCjTCjTCjTCjTCjUCjUCjUCjUCjUCjUCjUCjUCjUCjU\
CjVCjVCjVCjVCjVCjVCjVCjVCjVCjVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACjXAAACjYCjYCjYCjYCjYCjYCjYCjYCjYCjY\
CjZCjZCjZCjZCjZCjZCjZCjZCjZCjZCjaCjaCjaCjaCjaCjaCjaCjaCjaCjaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACjcAAAAAAAAAAAAAAACjdCjeAAA\
AAACjfCjgAAACjgCjhCjiCjjAAAAAACjkCjkCjkCjkCjkCjkCjkCjkCjkCjkCjlCjlCjlCjlCjlCjlCjlCjlCjlCjlAAACjmCjmAAAAAACjmCjmAAACjmAAA\
CjmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACjmAAAAAAAAAAAAAAACjmAAAAAACjmAAACjmAAAAAAAAAAAACjnCjnCjnAAAAAAAAAAAAAAAAAA\
CjnCjnCjnCjnCjnCjnCjnCjnCjnCjnCjmCjmCjmCjmCjmCjmCjmCjmCjmCjmCjoCjoCjoCjoCjoCjoCjoCjoCjoCjoCjpCjpCjpCjpCjpCjpCjpCjpCjpCjp\
CjqCjqCjqCjqCjqCjqCjqCjqCjqCjqCjrCjrCjrCjrCjrCjrCjrCjrCjrCjrCjsCjsCjsCjsCjsCjsCjsCjsCjsCjsCjtCjtCjtCjtCjtCjtCjtCjtCjtCjt\
CjuCjuCjuCjuCjuCjuCjuCjuCjuCjuCjvCjvCjvCjvCjvCjvCjvCjvCjvCjvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACjxAAAAAACjyCjzCj0Cj1Cj2AAAAAAAAAAAAAAAAAAAAAAAACj3Cj4Cj5AAACj6AAAAAAAAACj7AAACj8Cj7Cj4AAACj9Cj4Cj+AAACj7AAAAAACj7\
AAAAAAAAACj7Cj7AAAAAACj/AAAAAACkAAAAAAAAAAAAAAAAAAAAAAAAAAAACkBAAAAAAAAAAAAAAACkCAAAAAACkDCkECkECkECkECkECkECkECkECkECkE\
CkFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkEAAAAAAAAAAAAAAAAAAAAAAAACkGCkGCkGCkGCkGCkGCkGCkGCkGCkGCkFCkFCkFCkFCkFCkFCkFCkFCkFCkF\
AAACkGCkGCkGCkGCkGCkGCkGCkGCkGAAAAAACkFAAAAAAAAAAAAAAAAAAAAACkFCkFCkFAAAAAAAAAAAAAAAAAAAAACkFAAAAAAAAAAAAAAAAAACkFAAAAAA\
CkHAAAAAAAAAAAAAAAAAAAAAAAAAAACkIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkFCkFAAAAAAAAAAAAAAAAAAAAAAAACkFCkFCkFCkFCkFAAA\
CkJCkJCkJCkJCkJCkJCkJCkJCkJCkJCkKCkKCkKCkKCkKCkKCkKCkKCkKCkKCkLCkLCkLCkLCkLCkLCkLCkLCkLCkLCkMCkMCkMCkMCkMCkMCkMCkMCkMCkM\
CkNCkNCkNCkNCkNCkNCkNCkNCkNCkNCkOCkOCkOCkOCkOCkOCkOCkOCkOCkOCkPCkPCkPCkPCkPCkPCkPCkPCkPCkPCkQCkQCkQCkQCkQCkQCkQCkQCkQCkQ\
CkRCkRCkRCkRCkRCkRCkRCkRCkRCkRCkSCkSCkSCkSCkSCkSCkSCkSCkSCkSCkTCkTCkTCkTCkTCkTCkTCkTCkTCkTCkUCkUCkUCkUCkUCkUCkUCkUCkUCkU\
CkVCkVCkVCkVCkVCkVCkVCkVCkVCkVCkWCkWCkWCkWCkWCkWCkWCkWCkWCkWCkXCkXCkXCkXCkXCkXCkXCkXCkXCkXCkYCkYCkYCkYCkYCkYCkYCkYCkYCkY\
CkZCkZCkZCkZCkZCkZCkZCkZCkZCkZCkaCkaCkaCkaCkaCkaCkaCkaCkaCkaCkbCkbCkbCkbCkbCkbCkbCkbCkbCkbCkcCkcCkcCkcCkcCkcCkcCkcCkcCkc\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkeCkfCkfCkgCkhCkiCkjCkkCklCkmCkmCkmCkmCkmCkmCkmCkmCkmCklCklCklCklCklCklCklCklCklCkl\
CkmCkmCkmCkmCkmCkmCkmCkmCkmCkmCknCknCknCknAAAAAACknAAAAAAAAAAAACkmCkmCkmCkmCkmCkmCkmCkmCkmCkoCklAAAAAAAAAAAAAAAAAAAAACkl\
CkpCkmAAAAAAAAAAAACkmAAAAAAAAACkqCkqCkqCkqCkqCkqCkqCkqCkqCkqCkrCkrCkrCkrCkrCkrCkrCkrCkrCkrCksCksCksCksCksCksCksCksCksCks\
AAAAAACktAAAAAACktAAACktCktCktAAACkuCkvCkuCkuCkuAAAAAAAAACkwCkxCkxCkxCkxCkxCkxCkxCkxCkxCkxCkyCkyCkyCkyCkyCkyCkyCkyCkyCky\
CkzCkzCkzCkzCkzCkzCkzCkzCkzCkzCk0Ck0Ck0Ck0Ck0Ck0Ck0Ck0Ck0Ck0AAACk1AAAAAAAAACk1Ck1Ck1AAAAAAAAACk1Ck1AAAAAACk1Ck1Ck1AAAAAA\
Ck1Ck1Ck1Ck1Ck1Ck1Ck1Ck1Ck1Ck1Ck2Ck2Ck2Ck2Ck2Ck2Ck2Ck2Ck2Ck2Ck3Ck3Ck3Ck3Ck3Ck3Ck3Ck3Ck3Ck3Ck4Ck4Ck4Ck4Ck4Ck4Ck4Ck4Ck4Ck4\
Ck5Ck5Ck5Ck5Ck5Ck5Ck5Ck5Ck5Ck5Ck6Ck6Ck6Ck6Ck6Ck6Ck6Ck6Ck6Ck6Ck7Ck7Ck7Ck7Ck7Ck7Ck7Ck7Ck7Ck7Ck8Ck8Ck8Ck8Ck8Ck8Ck8Ck8Ck8Ck8\
Ck9Ck9Ck9Ck9Ck9Ck9Ck9Ck9Ck9Ck9Ck+Ck+Ck+Ck+Ck+Ck+Ck+Ck+Ck+Ck+Ck/Ck/Ck/Ck/Ck/Ck/Ck/Ck/Ck/Ck/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAClBClCClDClCClCClEClFClGClHAAAAAAAAAAAAAAAAAAAAAAAAAAAClIClJClJClJClJClJClJClJClJClJClJAAAClIClIClIClIClIClIClIClKClK\
AAAClIClIClIClIClIClIClIClIClIClIAAAAAAAAAAAAAAAAAAAAAAAAAAAClLClIClIClIClIClIClIClIClIClIClIClIClIClIClIClIClIClIClIClI\
ClMClMClMClMClMClMClMClMClMClMClNClNClNClNClNClNClNClNClNClNClOClOClOClOClOClOClOClOClOClOClPClPClPClPClPClPClPClPClPClP\
ClQClQClQClQClQClQClQClQClQClQClRClRClRClRClRClRClRClRClRClRClSClSClSClSClSClSClSClSClSClSClTClTClTClTClTClTClTClTClTClT\
ClUClUClUClUClUClUClUClUClUClUClVClVClVClVClVClVClVClVClVClVClWClWClWClWClWClWClWClWClWClWClXClXClXClXClXClXClXClXClXClX\
ClYClYClYClYClYClYClYClYClYClYClZClZClZClZClZClZClZClZClZClZClaClaClaClaClaClaClaClaClaClaClbClbClbClbClbClbClbClbClbClb\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACldAAAAAACleClfAAAAAAAAAClgClhCliAAAAAAAAAAAAAAAAAAAAAAAACljClkAAACljAAACljCljCljAAACllAAAAAAAAAAAAAAAAAAAAAAAAAAA\
ClmAAAClmClnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACloAAAAAAClpAAAAAAClmClmClmClmAAAAAAAAAAAAClqClqClqClqClqClqClqClqClqClq\
AAAAAAAAAAAAAAAClrAAAAAAAAAAAAAAAClsAAAAAAAAAAAAClqAAAAAAAAACltCltCltCltCltCltCltCltCltCltCltCltAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAACltAAACltCltCltCltCltCltCluAAAAAAAAAAAAAAAAAAAAAAAAAAAClvClvClvClvClvClvClvClvClvClvClvClwAAAAAAAAAAAAAAAAAAAAAAAA\
ClvClvAAAAAAAAAAAAAAAAAAAAAAAAClxClxClxClxClxClxClxClxClxClxClxClxClxAAAAAAAAAAAAAAAAAAAAAClyClyClyClyClyClyClyClyClyCly\
ClyClyClyClyClyAAAAAAAAAAAAAAAClzClzClzClzClzClzClzClzClzClzCl0Cl0Cl0Cl0Cl0Cl0Cl0Cl0Cl0Cl0Cl1Cl1Cl1Cl1Cl1Cl1Cl1Cl1Cl1Cl1\
Cl2Cl2Cl2Cl2Cl2Cl2Cl2Cl2Cl2Cl2Cl3Cl3Cl3Cl3Cl3Cl3Cl3Cl3Cl3Cl3Cl4Cl4Cl4Cl4Cl4Cl4Cl4Cl4Cl4Cl4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACl6Cl7Cl8AAAAAACl9Cl+Cl/CmAAAAAAAAAAAAAAAAAAACmBAAAAAAAAAAAACmCCmCCmDCmECmFCmGCmFCmHCmI\
CmJAAAAAAAAAAAAAAAAAAAAAAAAAAACmKAAACmLCmMCmNCmMCmOAAACmPAAACmQAAAAAAAAAAAAAAACmRAAAAAAAAACmSAAAAAAAAAAAAAAAAAAAAACmTAAA\
AAACmUCmUCmUCmVAAACmUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACmWCmXCmXCmXCmXCmXCmXCmXCmXCmXCmXAAACmXCmXCmXCmXCmXCmXAAACmXCmX\
AAACmXCmXCmXCmXCmXAAAAAAAAACmXAAACmXCmXCmXCmXCmXCmXCmXCmXCmXAAACmXCmXCmXAAACmXCmXAAACmXCmXAAACmXCmXCmXCmXCmXCmXAAAAAACmX\
AAACmXCmXAAAAAACmXCmXAAAAAAAAACmYCmYCmYCmYCmYCmYCmYCmYCmYCmYCmZCmaAAAAAAAAAAAAAAACmaCmaCmbAAAAAACmcAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAACmdAAAAAAAAAAAAAAAAAACmaAAACmaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACmbAAAAAAAAAAAAAAAAAAAAAAAAAAACme\
AAAAAAAAACmfAAACmgAAACmhCmiAAACmjCmkCmlAAAAAAAAAAAAAAAAAAAAACmmAAACmmAAAAAAAAAAAAAAACmnCmoAAAAAAAAAAAACmpAAAAAAAAAAAAAAA\
CmqCmqCmqCmqCmqCmqCmqCmqCmqCmqAAAAAAAAAAAAAAAAAAAAAAAACmrAAAAAAAAAAAACmsAAAAAAAAAAAAAAAAAACmtCmtCmtCmtCmtCmtCmtCmtCmtCmt\
CmuCmuCmuCmuCmuCmuCmuCmuCmuCmuCmvCmvCmvCmvCmvCmvCmvCmvCmvCmvCmwCmwCmwCmwCmwCmwCmwCmwCmwCmwAAAAAACmxCmsAAAAAAAAAAAAAAAAAA\
AAAAAACmyAAAAAAAAAAAAAAAAAAAAAAAAAAACmzCmsAAAAAAAAAAAAAAAAAACm0AAAAAAAAAAAAAAAAAAAAACm1Cm2AAAAAAAAAAAAAAAAAAAAAAAACm3AAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAACm4Cm5Cm5Cm5Cm5Cm5Cm5Cm5Cm5Cm5Cm5AAACm5AAAAAAAAAAAAAAACm5AAAAAAAAACmwCmwCmwCmwCmwAAACmwAAAAAA\
AAAAAACmwCmwCmwAAAAAACmwAAAAAAAAACmwCmwCmwAAAAAAAAACmwAAAAAACm6Cm6Cm6Cm6Cm6Cm6Cm6Cm6Cm6Cm6Cm7Cm7Cm7Cm7Cm7Cm7Cm7Cm7Cm7Cm7\
AAACm7AAAAAAAAACm7AAACm7AAACm7Cm8Cm8Cm8Cm8Cm8AAACm8AAACm8Cm8CmsCmsCmsCmsCmsCmsCmsCmsCmsCmsCmsAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Cm9Cm9Cm9Cm9Cm9Cm9Cm9Cm9Cm9Cm9Cm+Cm+Cm+Cm+Cm+Cm+Cm+Cm+Cm+Cm+Cm/Cm/Cm/Cm/Cm/Cm/Cm/Cm/Cm/Cm/CnACnACnACnACnACnACnACnACnACnA\
CnBCnBCnBCnBCnBCnBCnBCnBCnBCnBCnAAAAAAACnCCnDAAAAAAAAAAAACm9CnECnECnECnECnECnECnECnECnECnECm9AAAAAACnFCm9AAAAAAAAAAAACm9\
CnEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACnEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACnECnGCnGAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAACnGAAAAAAAAACnGCnGCnGCnGCnGCnGCnGCnGCnGCnGCnHCnHCnHCnHCnHCnHCnHCnHCnHCnHCnICnICnICnICnICnICnICnICnICnI\
CnJCnJCnJCnJCnJCnJCnJCnJCnJCnJCnKCnKCnKCnKCnKCnKCnKCnKCnKCnKCnLCnLCnLCnLCnLCnLCnLCnLCnLCnLCnMCnMCnMCnMCnMCnMCnMCnMCnMCnM\
CnNCnNCnNCnNCnNCnNCnNCnNCnNCnNCnOCnOCnOCnOCnOCnOCnOCnOCnOCnOCnKAAAAAACnNCnNAAAAAAAAAAAACnNAAAAAAAAAAAAAAAAAAAAAAAAAAACnN\
CnPCnPCnPCnPCnPCnPCnPCnPCnPCnPCnKAAAAAACnKCnKAAAAAAAAAAAAAAACnQCnQCnQCnQCnQCnQCnQCnQCnQCnQCnRCnRCnRCnRCnRCnRCnRCnRCnRCnR\
CnSCnSCnSCnSCnSCnSCnSCnSCnSCnSCnTCnTCnTCnTCnTCnTCnTCnTCnTCnTCnUCnUCnUCnUCnUCnUCnUCnUCnUCnUCnVCnVCnVCnVCnVCnVCnVCnVCnVCnV\
CnWCnWCnWCnWCnWCnWCnWCnWCnWCnWCnXCnXCnXCnXCnXCnXCnXCnXCnXCnXCnYCnYCnYCnYCnYCnYCnYCnYCnYCnYCnZCnZCnZCnZCnZCnZCnZCnZCnZCnZ\
CnaCnaCnaCnaCnaCnaCnaCnaCnaCnaCnbCnbCnbCnbCnbCnbCnbCnbCnbCnbCncCncCncCncCncCncCncCncCncCncCndCndCndCndCndCndCndCndCndCnd\
CneCneCneCneCneCneCneCneCneCneCnfCnfCnfCnfCnfCnfCnfCnfCnfCnfCngCngCngCngCngCngCngCngCngCngCnhCnhCnhCnhCnhCnhCnhCnhCnhCnh\
CniCniCniCniCniCniCniCniCniCniCnjCnjCnjCnjCnjCnjCnjCnjCnjCnjCnkCnkCnkCnkCnkCnkCnkCnkCnkCnkCnlCnlCnlCnlCnlCnlCnlCnlCnlCnl\
CnmCnmCnmCnmCnmCnmCnmCnmCnmCnmCnnCnnCnnCnnCnnCnnCnnCnnCnnCnnCnoCnoCnoCnoCnoCnoCnoCnoCnoCnoCnpCnpCnpCnpCnpCnpCnpCnpCnpCnp\
CnqCnqCnqCnqCnqCnqCnqCnqCnqCnqCnrCnrCnrCnrCnrCnrCnrCnrCnrCnrCnsCnsCnsCnsCnsCnsCnsCnsCnsCnsCntCntCntCntCntCntCntCntCntCnt\
CnuCnuCnuCnuCnuCnuCnuCnuCnuCnuCnvCnvCnvCnvCnvCnvCnvCnvCnvCnvCnwCnwCnwCnwCnwCnwCnwCnwCnwCnwCnxCnxCnxCnxCnxCnxCnxCnxCnxCnx\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACnzCn0Cn1Cn1Cn2Cn1Cn3Cn4Cn5AAACn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6\
Cn6Cn6Cn6Cn6Cn6Cn7Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6Cn6AAAAAACn8AAAAAACn9Cn8Cn+Cn/CoACoBCn6AAACn6Cn6Cn6Cn6Cn6Cn6Cn6\
CoCAAACn6Cn6Cn6Cn6AAACn6AAACn6AAACoDCoECoECoECoECoEAAACoECoECoFCoFCoFCoFCoFCoFCoFCoFCoFCoFCoFCoFAAACoFCoFCoFCoFCoFCoFCoF\
AAACoGAAAAAAAAAAAAAAAAAACoGAAAAAACoGAAAAAAAAACoGCoGAAACoGAAAAAACoGAAAAAAAAAAAAAAAAAACoGCoGAAACoGAAAAAAAAAAAAAAAAAAAAAAAA\
AAACoGCoGAAAAAAAAAAAAAAACoGAAACoHCoICoFCoFCoFCoFCoFCoFCoFCoFCoJCoJAAAAAAAAACoJAAAAAACoFCoFCoKCoKCoKCoKCoKCoKCoKCoKCoKCoK\
CoLCoLCoLCoLCoLCoLCoLCoLCoLCoLCoMCoMCoMCoMCoMCoMCoMCoMCoMCoMCoNCoNCoNCoNCoNCoNCoNCoNCoNCoNCoOCoOCoOCoOCoOCoOCoOCoOCoOCoO\
CoPCoPCoPCoPCoPCoPCoPCoPCoPCoPCoQCoQCoQCoQCoQCoQCoQCoQCoQCoQCoRCoRCoRCoRCoRCoRCoRCoRCoRCoRCoSCoSCoSCoSCoSCoSCoSCoSCoSCoS\
CoTCoTCoTCoTCoTCoTCoTCoTCoTCoTCoUCoUCoUCoUCoUCoUCoUCoUCoUCoUCoVCoVCoVCoVCoVCoVCoVCoVCoVCoVCoWCoWCoWCoWCoWCoWCoWCoWCoWCoW\
CoXCoXCoXCoXCoXCoXCoXCoXCoXCoXCoYCoYCoYCoYCoYCoYCoYCoYCoYCoYCoZCoZCoZCoZCoZCoZCoZCoZCoZCoZCoaCoaCoaCoaCoaCoaCoaCoaCoaCoa\
CobCobCobCobCobCobCobCobCobCobCocCocCocCocCocCocCocCocCocCocCodCodCodCodCodCodCodCodCodCodCoeCoeCoeCoeCoeCoeCoeCoeCoeCoe\
CofCofCofCofCofCofCofCofCofCofCogCogCogCogCogCogCogCogCogCogCohCohCohCohCohCohCohCohCohCohCoiCoiCoiCoiCoiCoiCoiCoiCoiCoi\
CojCojCojCojCojCojCojCojCojCojCokCokCokCokCokCokCokCokCokCokColColColColColColColColColColComComComComComComComComComCom\
ConConConConConConConConConConCooCooCooCooCooCooCooCooCooCooCopCopCopCopCopCopCopCopCopCopCoqCoqCoqCoqCoqCoqCoqCoqCoqCoq\
CorCorCorCorCorCorCorCorCorCorCosCosCosCosCosCosCosCosCosCosAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACotCotCotCotCotCotCotCotCotCot\
CouCouCouCouCouCouCouCouCouCouCovCovCovCovCovCovCovCovCovCovAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAComComComComComComComComComComCowCowCowCowCowCowCowCowCowCowAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CoxCoxCoxCoxCoxCoxCoxCoxCoxCoxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACozCo0AAACo1Co2Co3Co4Co5Co6Co7Co7Co7Co7Co7Co8Co7Co7Co9Co7\
AAACo7Co+Co/Co+Co+Co+Co+Co+Co+CpACo/Co/Co/Co/CpBCo/Co+CpCCo/CpDCpBCo/Co/AAAAAACo/Co/Co+Co/AAACpBCo+Co+Co/Co/Co/Co+Co+Co+\
CpECo/AAAAAACo/AAACpFAAAAAAAAAAAACpGCpHCpIAAACpICpICpICpJCpICo/CpBAAACo+Co/Co+Co+Co+Co+Co+CpKCpKCpKCpKCpKCpKCpKCpKCpKCpK\
CpKCpLCpMCpMCpMCpMCpMCpMCpMCpNCpOCpKCpKCpKCpKCpPCpKCpKCpKCpPCpQCpQCpQCpQCpQCpQCpQCpQCpQCpQCpBCpBCpBCpBCpBCpBCpBCpBCpBCpB\
AAAAAACo+AAACo+AAAAAAAAAAAAAAACo+Co+Co+Co+Co+Co+Co+Co+Co+Co+Co/Co/Co/Co/Co/Co/Co/Co/Co/Co/AAAAAAAAAAAACo+Co+AAAAAAAAAAAA\
CpRAAAAAAAAAAAAAAAAAAAAAAAAAAACpSCpSCpSCpSCpSCpSCpSCpSCpSCpSAAAAAAAAAAAAAAAAAAAAAAAACpTAAAAAAAAACpUAAAAAAAAAAAAAAAAAAAAA\
CpUCpUCpUCpUCpUCpVCpUCpUCpUCpUCpVCpVCpWCpVCpVCpVCpVCpVCpVCpVCpXCpXCpXCpXCpXCpXCpXCpXCpXCpXCpXCpXCpYCpYCpYCpYCpYCpYCpYCpX\
CpYCpXCpXCpXCpXCpXCpXCpXCpXCpXCpYCpXCpXCpXCpXCpXCpXCpXCpYCpYCpZCpXCpXCpXCpXCpXCpXCpXCpXCpXCpaCpXCpXCpXCpXCpXCpXCpXCpXCpX\
CpbCpbCpbCpbCpbCpbCpbCpbCpbCpbCpcCpcCpcCpcCpcCpcCpcCpcCpcCpcCpdCpdCpdCpdCpdCpdCpdCpdCpdCpdCpeCpeCpeCpeCpeCpeCpeCpeCpeCpe\
CpfCpfCpfCpfCpfCpfCpfCpfCpfCpfCpgCpgCpgCpgCpgCpgCpgCpgCpgCpgCphCpiCpgCpgCpgCpgCpgCpgCpgCpgCpjCpjCpjCpjCpjCpjCpjCpjCpjCpj\
CpkCpkCpkCpkCpkCpkCpkCpkCpkCpkCplCplCplCplCplCplCplCplCplCplCpmCpmCpmCpmCpmCpmCpmCpmCpmCpmCpnCpnCpnCpnCpnCpnCpnCpnCpnCpn\
CpoCpoCpoCpoCpoCpoCpoCpoCpoCpoCppCppCppCppCppCppCppCppCppCppCpqCpqCpqCpqCpqCpqCpqCpqCpqCpqCprCprCprCprCprCprCprCprCprCpr\
CpsCpsCpsCpsCpsCpsCpsCpsCpsCpsCprCpsCpsCpsCpsCpsCpsCpsCpsCpsCptCpsCpsCpsCpsCpsCpsCpsCpsCpsCpuCpuCpuCpuCpuCpuCpuCpuCpuCpu\
CpvCpvCpvCpvCpvCpvCpvCpvCpvCpvCpwCpwCpwCpwCpwCpwCpwCpwCpwCpwCpxCpxCpxCpxCpxCpxCpxCpxCpxCpxCpyCpyCpyCpyCpyCpyCpyCpyCpyCpy\
CpzCpzCpzCpzCpzCpzCpzCpzCpzCpzCp0Cp0Cp0Cp0Cp0Cp0Cp0Cp0Cp0Cp0Cp1Cp1Cp1Cp1Cp1Cp1Cp1Cp1Cp1Cp1Cp2Cp2Cp2Cp2Cp2Cp2Cp2Cp2Cp2Cp2\
Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp2Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp3Cp4Cp4Cp4Cp4Cp4Cp4Cp4Cp4Cp4Cp4Cp5Cp5Cp5Cp5Cp5Cp5Cp5Cp5Cp5Cp5\
Cp6Cp6Cp6Cp6Cp6Cp6Cp6Cp6Cp6Cp6Cp7Cp7Cp7Cp7Cp7Cp7Cp7Cp7Cp7Cp7Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp9Cp9Cp9Cp9Cp9Cp9Cp9Cp9Cp9Cp9\
Cp+Cp+Cp+Cp+Cp+Cp+Cp+Cp+Cp+Cp+Cp/Cp/Cp/Cp/Cp/Cp/Cp/Cp/Cp/Cp/CqACqACqACqACqACqACqACqACqACqACqBCqBCqBCqBCqBCqBCqBCqBCqBCqB\
CqCCqCCqCCqCCqCCqCCqCCqCCqCCqCCqDCqDCqDCqDCqDCqDCqDCqDCqDCqDCqECqECqECqECqECqECqECqECqECqECqFCqFCqFCqFCqFCqFCqFCqFCqFCqF\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAACqGCqGCqGCqGCqGCqGCqGCqGCqGCqGCqHCqHCqHCqHCqHCqHCqHCqHCqHCqHCqICqICqICqICqICqICqICqICqICqI\
CqJCqJCqJCqJCqJCqJCqJCqJCqJCqJCqKCqKCqKCqKCqKCqKCqKCqKCqKCqKCp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8Cp8CqLCqLCqLCqLCqLCqLCqLCqLCqLCqL\
CqMCqMCqMCqMCqMCqMCqMCqMCqMCqMCqNCqNCqNCqNCqNCqNCqNCqNCqNCqNCqOCqOCqOCqOCqOCqOCqOCqOCqOCqOCqPCqPCqPCqPCqPCqPCqPCqPCqPCqP\
CqQCqQCqQCqQCqQCqQCqQCqQCqQCqQCqRCqRCqRCqRCqRCqRCqRCqRCqRCqRCqSCqSCqSCqSCqSCqSCqSCqSCqSCqSCqTCqTCqTCqTCqTCqTCqTCqTCqTCqT\
CqUCqUCqUCqUCqUCqUCqUCqUCqUCqUCqVCqVCqVCqVCqVCqVCqVCqVCqVCqVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACqWCqWCqWCqWCqWCqWCqWCqWCqWCqWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACqYCqZCqaCqbCqcCqdCqe\
AAAAAAAAAAAAAAAAAAAAAAAACqfAAAAAACqgCqhCqiCqjCqkCqlCqiCqmCqnCqoCqlCqpCqqCqrCqlCqlCqsCqtCquAAACqvCqwCqxCqyCqzCq0Cq1Cq2Cq3\
AAAAAAAAAAAAAAACq4Cq3Cq3Cq3Cq3Cq5AAACq6Cq3Cq3Cq3Cq3Cq7Cq8Cq3Cq9AAAAAAAAAAAACq+AAAAAAAAAAAAAAAAAAAAAAAAAAACq/AAAAAACq/Cq/\
CrACrACrAAAACrACrACrAAAAAAACrACrACrACrACrACrACrACrACrAAAAAAACrACrACrACrACrACrACrACrACrAAAACrACrACrAAAACrACrAAAAAAACrACrA\
CrACrACrACrACrACrACrAAAACrAAAACrACrACrACrACrACrACrACrACrACrACrACrACrACrAAAAAAACrACrACrAAAACrBCrBCrBAAACrBCrBCrBCrBAAACrB\
AAAAAAAAAAAAAAACrAAAAAAAAAAAAACrAAAACrAAAAAAACrAAAACrACrAAAACrACrACrACrACrACrAAAACrAAAACrACrAAAAAAACrACrACrACrACrAAAAAAA\
CrACrACrAAAAAAACrAAAACrACrAAAACrACrACrACrAAAACrACrACrACrACrACrACrAAAACrACrACrACrAAAACrACrAAAACrCCrCCrCCrCCrCCrCCrCCrCAAA\
CrCCrCCrCCrCCrCCrCCrCAAAAAAAAACrCAAACrCAAAAAAAAACrCCrCCrCCrCCrCCrCAAAAAACrCAAACrCCrCAAACrCCrCCrCAAAAAAAAACrCAAAAAAAAACrC\
CrCCrCCrCCrCCrCCrCCrCAAAAAACrCCrCAAAAAAAAAAAAAAAAAAAAAAAAAAACrCAAAAAAAAAAAAAAACrCCrCCrCCrDCrCCrCCrCCrCCrCCrCCrCCrCCrCCrC\
CrCAAAAAAAAAAAACrCAAACrCAAAAAACrECrECrECrECrECrECrECrECrECrFCrCCrCCrCCrCCrCCrCAAAAAAAAACrCAAACrDCrAAAAAAAAAAAAAAAACrDAAA\
CrDAAACrCCrCAAAAAAAAAAAACrCAAACrGCrHCrICrJCrKCrLAAACrMCrNAAAAAAAAAAAAAAACrDAAAAAAAAACrDAAACq3Cq3Cq3Cq3Cq3Cq3Cq3Cq3Cq3Cq3\
CrOCrOCrOCrOCrOCrOCrOCrOCrOCrOCrPCrPCrPCrPCrPCrPCrPCrPCrPCrPCrQCrQCrQCrQCrQCrQCrQCrQCrQCrQCrRCrRCrRCrRCrRCrRCrRCrRCrRCrR\
CrSCrSCrSCrSCrSCrSCrSCrSCrSCrSCrTCrTCrTCrTCrTCrTCrTCrTCrTCrTCrUCrUCrUCrUCrUCrUCrUCrUCrUCrUAAAAAAAAAAAAAAACrUCrUCrUAAACrU\
CrUCrUAAAAAAAAACrUCrUCrUAAACrUAAACrUAAACrUAAACrUCrUCrUAAACrUAAACrUCrUAAAAAACrUCrUCrUAAAAAAAAAAAACrUAAAAAACrUCrUCrUAAACrU\
AAACrUCrUCrUAAAAAAAAACrUAAAAAACrUCrUCrUCrUAAACrUCrUCrUAAAAAACrVCrVCrVCrVCrVCrVCrVCrVCrVCrVCrWCrWCrWCrWCrWCrWCrWCrWCrWCrW\
CrXCrXCrXCrXCrXCrXCrXCrXCrXCrXCrYCrYCrYCrYCrYCrYCrYCrYCrYCrYCrZCrZCrZCrZCrZCrZCrZCrZCrZCrZCraCraCraCraCraCraCraCraCraCra\
CrbCrbCrbCrbCrbCrbCrbCrbCrbCrbCrcCrcCrcCrcCrcCrcCrcCrcCrcCrcCrdCrdCrdCrdCrdCrdCrdCrdCrdCrdCreCreCreCreCreCreCreCreCreCre\
CrfCrfCrfCrfCrfCrfCrfCrfCrfCrfCrgCrgCrgCrgCrgCrgCrgCrgCrgCrgCrhCrhCrhCrhCrhCrhCrhCrhCrhCrhCriCriCriCriCriCriCriCriCriCri\
CrjCrjCrjCrjCrjCrjCrjCrjCrjCrjCrkCrkCrkCrkCrkCrkCrkCrkCrkCrkCrlCrlCrlCrlCrlCrlCrlCrlCrlCrlCrmCrmCrmCrmCrmCrmCrmCrmCrmCrm\
CrnCrnCrnCrnCrnCrnCrnCrnCrnCrnCroCroCroCroCroCroCroCroCroCroCrpCrpCrpCrpCrpCrpCrpCrpCrpCrpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACrrCrrCrsCrrCrtCruCrvCrwAAACrxCryCryCryCryCrxCrxCrxCrx\
AAAAAACryCryCrzCr0Cr1CryCryCryAAAAAAAAAAAAAAAAAAAAACr2Cr2Cr3Cr4AAAAAAAAAAAAAAAAAAAAAAAAAAACr5CrxCryCryCryCryCrxCrxCrxCrx\
Cr6AAAAAAAAAAAAAAAAAAAAAAAAAAACr7Cr7Cr7Cr7Cr7Cr7Cr7Cr7Cr7Cr7AAAAAACr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8AAACr9Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8\
Cr+AAACr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8Cr8AAAAAACr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/Cr/\
CsAAAAAAAAAAAAAAAAAAAAAAAAAAAACsBAAAAAAAAAAAAAAAAAAAAACsCAAACsDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsECsECsECsECsECsECsECsE\
CsECsECsECsECsECsECsECsECsECsECsEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsFAAAAAAAAAAAACsGCsGCsGCsGCsGCsGCsGCsGCsGCsG\
AAAAAACsHCsHCsHCsHCsHCsHCsHCsHCsICsICsICsICsICsICsICsICsICsIAAACsJCsJCsJCsJCsJCsJCsJCsJCsJAAACsKCsKCsKCsKCsKCsKCsKCsKCsK\
CsLCsLCsLCsLCsLCsLCsLCsLCsLCsLCsLCsLCsLAAAAAAAAAAAAAAAAAAAAACsMCsMCsMCsMCsMCsMCsMCsMCsMCsMCsNCsNCsNCsNCsNCsNCsNCsNCsNCsN\
CsOCsOCsOCsOCsOCsOCsOCsOCsOCsOCsPCsPCsPCsPCsPCsPCsPCsPCsPCsPCsQCsQCsQCsQCsQCsQCsQCsQCsQCsQCsRCsRCsRCsRCsRCsRCsRCsRCsRCsR\
CsSCsSCsSCsSCsSCsSCsSCsSCsSCsSCsTCsTCsTCsTCsTCsTCsTCsTCsTCsTCsUCsUCsUCsUCsUCsUCsUCsUCsUCsUCsVCsVCsVCsVCsVCsVCsVCsVCsVCsV\
CsWCsWCsWCsWCsWCsWCsWCsWCsWCsWCsXCsXCsXCsXCsXCsXCsXCsXCsXCsXCsYCsYCsYCsYCsYCsYCsYCsYCsYCsYCsZCsZCsZCsZCsZCsZCsZCsZCsZCsZ\
CsaCsaCsaCsaCsaCsaCsaCsaCsaCsaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsbCsbCsbCsbCsbCsbCsbCsbCsbCsb\
CscCscCscCscCscCscCscCscCscCscCsdCsdCsdCsdCsdCsdCsdCsdCsdCsdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CseCseCseCseCseCseCseCseCseCseAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsgCshAAACsiAAACsjCskCsl\
CsmCsnCsnCsnAAACsnCsoCsnAAAAAAAAAAAAAAAAAAAAACspAAAAAAAAAAAACsqCsrCsrAAAAAAAAAAAAAAAAAAAAAAAACssCstAAAAAAAAAAAACsuAAACsu\
CsvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsuAAAAAAAAACswAAACsxCsuAAACsyAAACszAAAAAACs0AAAAAACsyCsyCsyCsyCsyCsyCsyCsyCsyCsyCsy\
CsyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACs1AAAAAAAAAAAACs2Cs3AAAAAAAAAAAACs4Cs5AAACs6Cs7Cs7Cs7Cs7Cs7Cs7Cs7Cs7Cs7Cs7\
AAACs8AAAAAAAAAAAAAAAAAAAAAAAAAAACs9AAAAAAAAAAAAAAAAAAAAAAAACs+Cs+Cs+Cs+Cs+Cs+Cs+Cs+Cs+Cs+Cs/AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAACtAAAACtBAAAAAAAAAAAAAAAAAACtCCtDCtECtECtECtECtECtECtECtECtECtEAAACtECtECtECtEAAAAAAAAAAAAAAA\
CtEAAAAAAAAAAAACtEAAAAAAAAACtECtFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACtGCtHAAAAAAAAAAAAAAACtICtICtICtICtICtICtICtICtICtI\
CtJCtJCtJCtJCtJCtJCtJCtJCtJCtJCtJAAAAAAAAAAAAAAAAAAAAAAAAAAACtJCtJAAAAAAAAAAAACtJAAACtJAAACtKAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAACtLAAAAAACtMAAAAAAAAAAAAAAAAAAAAAAAAAAACtMCtMCtMCtMCtMCtMCtMCtMCtMCtMCtNAAAAAACtOCtOAAACtOCtOAAAAAA\
AAAAAAAAAAAAAAAAAACtMCtMAAAAAAAAACtMCtMCtMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACtMAAAAAAAAAAAAAAAAAAAAACtMAAAAAA\
CtPCtPCtPCtPCtPCtPCtPCtPCtPCtPCtQCtQCtQCtQCtQCtQCtQCtQCtQCtQAAAAAAAAAAAAAAAAAAAAACtRAAAAAAAAAAAAAAACtRAAAAAAAAAAAAAAAAAA\
CtSCtSCtSCtSCtSCtSCtSCtSCtSCtSCtRCtRCtRCtRCtRCtRCtRCtRCtRCtRAAACtRCtRCtRCtRCtRAAAAAAAAAAAACtTCtTCtTCtTCtTCtTCtTCtTCtTCtT\
CtUCtUCtUCtUCtUCtUCtUCtUCtUCtUAAAAAACtVAAAAAAAAAAAAAAAAAAAAACtVCtVCtVCtVCtVCtVCtVCtVCtVCtVCtWCtWCtWCtWCtWCtWCtWCtWCtWCtW\
CtXCtXCtXCtXCtXCtXCtXCtXCtXCtXCtYCtYCtYCtYCtYCtYCtYCtYCtYCtYCtZCtZCtZCtZCtZCtZCtZCtZCtZCtZCtaCtaCtaCtaCtaCtaCtaCtaCtaCta\
CtbCtbCtbCtbCtbCtbCtbCtbCtbCtbCtcCtcCtcCtcCtcCtcCtcCtcCtcCtcCtdCtdCtdCtdCtdCtdCtdCtdCtdCtdCteCteCteCteCteCteCteCteCteCte\
CtfCtfCtfCtfCtfCtfCtfCtfCtfCtfCtgCtgCtgCtgCtgCtgCtgCtgCtgCtgCthCthCthCthCthCthCthCthCthCthCtiCtiCtiCtiCtiCtiCtiCtiCtiCti\
CtjCtjCtjCtjCtjCtjCtjCtjCtjCtjCtkCtkCtkCtkCtkCtkCtkCtkCtkCtkCtlCtlCtlCtlCtlCtlCtlCtlCtlCtlCtmCtmCtmCtmCtmCtmCtmCtmCtmCtm\
CtnCtnCtnCtnCtnCtnCtnCtnCtnCtnCtoCtoCtoCtoCtoCtoCtoCtoCtoCtoCtpCtpCtpCtpCtpCtpCtpCtpCtpCtpCtqCtqCtqCtqCtqCtqCtqCtqCtqCtq\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACtsAAAAAACttAAACtuCtvCtw\
AAAAAACtxCtxCtxCtxCtxAAAAAAAAACtyAAAAAAAAAAAAAAAAAAAAAAAAAAACtzAAAAAAAAAAAAAAAAAACtyAAAAAACt0AAAAAAAAAAAAAAAAAAAAAAAAAAA\
Ct1Ct2AAAAAACt3Ct3Ct3Ct3AAACt3Ct4Ct4Ct4Ct4Ct4Ct4Ct4Ct4Ct4Ct4Ct5Ct5Ct5Ct5Ct5Ct5Ct5Ct5Ct5Ct5Ct6AAAAAAAAAAAAAAAAAAAAAAAAAAA\
Ct7Ct8Ct8Ct8Ct8Ct8Ct8Ct8Ct8Ct8Ct9AAAAAAAAAAAAAAAAAAAAAAAACt9Ct+AAAAAAAAAAAAAAAAAAAAAAAAAAACt+Ct+Ct+Ct+Ct+Ct+Ct+Ct+Ct+Ct+\
Ct/Ct/Ct/Ct/Ct/Ct/Ct/Ct/Ct/Ct/CuACuACuACuACuACuACuACuACuACuACuBCuBCuBCuBCuBCuBCuBCuBCuBCuBCuCCuCCuCCuCCuCCuCCuCCuCCuCCuC\
CuDCuDCuDCuDCuDCuDCuDCuDCuDCuDCuECuECuECuECuECuECuECuECuECuECuFCuFCuFCuFCuFCuFCuFCuFCuFCuFCuGCuGCuGCuGCuGCuGCuGCuGCuGCuG\
CuHCuHCuHCuHCuHCuHCuHCuHCuHCuHCuICuICuICuICuICuICuICuICuICuICuJCuJCuJCuJCuJCuJCuJCuJCuJCuJCuKCuKCuKCuKCuKCuKCuKCuKCuKCuK\
CuLCuLCuLCuLCuLCuLCuLCuLCuLCuLCuMCuMCuMCuMCuMCuMCuMCuMCuMCuMCuNCuNCuNCuNCuNCuNCuNCuNCuNCuNCuOCuOCuOCuOCuOCuOCuOCuOCuOCuO\
CuPCuPCuPCuPCuPCuPCuPCuPCuPCuPCuQCuQCuQCuQCuQCuQCuQCuQCuQCuQCuRCuRCuRCuRCuRCuRCuRCuRCuRCuRCuSCuSCuSCuSCuSCuSCuSCuSCuSCuS\
CuTCuTCuTCuTCuTCuTCuTCuTCuTCuTCuUCuUCuUCuUCuUCuUCuUCuUCuUCuUCuVCuVCuVCuVCuVCuVCuVCuVCuVCuVCuWCuWCuWCuWCuWCuWCuWCuWCuWCuW\
CuXCuXCuXCuXCuXCuXCuXCuXCuXCuXCuYCuYCuYCuYCuYCuYCuYCuYCuYCuYCuZCuZCuZCuZCuZCuZCuZCuZCuZCuZCuaCuaCuaCuaCuaCuaCuaCuaCuaCua\
CubCubCubCubCubCubCubCubCubCubCucCucCucCucCucCucCucCucCucCucCudCudCudCudCudCudCudCudCudCudCueCueCueCueCueCueCueCueCueCue\
CufCufCufCufCufCufCufCufCufCufCugCugCugCugCugCugCugCugCugCugCuhCuhCuhCuhCuhCuhCuhCuhCuhCuhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACujCukCulCumCunCuoCupCuqCurCusAAAAAACutCutCutCutCutAAACuu\
CuvCuwCuwCuwCuwCuwCuwCuwCuwCusCusCuwCuwCuwCuwCuwCuwCuwCuwCusCuxCuxCuxCuxCuxCuxCuxCuxCuxAAACuxCuwCuwCuwCuwCuwCuwCuwCuwAAA\
CuyCuwCuwCuwCuwCuwCuwCuwCuwAAACuzCu0AAACu1AAACu2AAAAAAAAAAAACu3CuwCuwCuwCuwCuwCuwCuwCuwAAACu4CuwCuwCuwCuwCuwCuwCuwCuwAAA\
Cu5Cu5Cu5Cu5Cu5Cu5Cu5Cu5Cu5Cu5AAACu6Cu6Cu6Cu6Cu6Cu6Cu6Cu6AAAAAACu7Cu7Cu7Cu7Cu7Cu7Cu7Cu7AAACu5Cu5Cu8Cu8Cu8Cu8Cu5Cu5Cu5Cu8\
Cu7Cu7Cu7Cu7Cu7Cu7Cu7Cu7Cu7Cu7Cu9Cu9Cu9Cu9Cu9Cu9Cu9Cu9Cu9Cu9Cu+Cu/Cu/AAAAAAAAACu0AAAAAAAAACu+CvACvACvACvACvAAAACu0Cu0CvB\
CvCCvCCvCCvCCvCCvCCvCCvCCvCCvCCu0Cu0Cu0Cu0Cu0Cu0Cu0Cu0Cu0Cu0Cu5AAAAAACu5Cu5Cu5Cu5Cu5Cu5Cu5CvDAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Cu7AAAAAAAAAAAAAAAAAAAAAAAAAAACvECvECvECvECvECvECvECvECvECvECvFCvFCvFCvFCvFCvFCvFCvFCvFCvFCvGCvGCvGCvGCvGCvGCvGCvGCvGCvG\
CvHCvHCvHCvHCvHCvHCvHCvHCvHCvHCvICvICvICvICvICvICvICvICvICvICvJCvJCvJCvJCvJCvJCvJCvJCvJCvJCvKCvKCvKCvKCvKCvKCvKCvKCvKCvK\
CusCusCusCusCusCusCusCusCusCusAAAAAAAAAAAAAAAAAAAAAAAAAAACvKCvLCvLCvLCvLCvLCvLCvLCvLCvLCvLCvMCvMCvMCvMCvMCvMCvMCvMCvMCvM\
CvNCvNCvNCvNCvNCvNCvNCvNCvNCvNCvOCvOCvOCvOCvOCvOCvOCvOCvOCvOCvPCvPCvPCvPCvPCvPCvPCvPCvPCvPCvQCvQCvQCvQCvQCvQCvQCvQCvQCvQ\
CvRCvRCvRCvRCvRCvRCvRCvRCvRCvRCvSCvSCvSCvSCvSCvSCvSCvSCvSCvSCvTCvTCvTCvTCvTCvTCvTCvTCvTCvTCvUCvUCvUCvUCvUCvUCvUCvUCvUCvU\
CvVCvVCvVCvVCvVCvVCvVCvVCvVCvVCvWCvWCvWCvWCvWCvWCvWCvWCvWCvWCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvXCvX\
CvWCvWCvWCvWCvWCvWCvWCvWCvWCvWCvYCvYCvYCvYCvYCvYCvYCvYCvYCvYCvZCvZCvZCvZCvZCvZCvZCvZCvZCvZCvaCvaCvaCvaCvaCvaCvaCvaCvaCva\
CvbCvbCvbCvbCvbCvbCvbCvbCvbCvbCvcCvcCvcCvcCvcCvcCvcCvcCvcCvcCvdCvdCvdCvdCvdCvdCvdCvdCvdCvdCveCveCveCveCveCveCveCveCveCve\
CvfCvfCvfCvfCvfCvfCvfCvfCvfCvfCvgCvgCvgCvgCvgCvgCvgCvgCvgCvgCvhCvhCvhCvhCvhCvhCvhCvhCvhCvhCviCviCviCviCviCviCviCviCviCvi\
CvjCvjCvjCvjCvjCvjCvjCvjCvjCvjCvkCvkCvkCvkCvkCvkCvkCvkCvkCvkCvlCvlCvlCvlCvlCvlCvlCvlCvlCvlCvmCvmCvmCvmCvmCvmCvmCvmCvmCvm\
CvnCvnCvnCvnCvnCvnCvnCvnCvnCvnCvoCvoCvoCvoCvoCvoCvoCvoCvoCvoCvpCvpCvpCvpCvpCvpCvpCvpCvpCvpCvqCvqCvqCvqCvqCvqCvqCvqCvqCvq\
CvoCvoCvoCvoCvoCvoCvoCvoCvoCvoCvrCvrCvrCvrCvrCvrCvrCvrCvrCvrCvsCvsCvsCvsCvsCvsCvsCvsCvsCvsCvtCvtCvtCvtCvtCvtCvtCvtCvtCvt\
CvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvuCvvCvvCvvCvvCvvCvvCvvCvvCvvCvvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CvwCvwCvwCvwCvwCvwCvwCvwCvwCvwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACvyCvzCvzCvzCvzCvzCvzCvzCvzCv0AAAAAACv0Cv0Cv0Cv0Cv0AAACv0Cv0Cv0Cv0Cv0Cv0Cv0Cv0Cv0Cv0Cv0\
Cv1Cv1Cv1Cv1Cv1Cv1Cv1Cv1Cv1Cv1Cv2Cv2Cv2Cv2Cv2Cv2Cv2Cv2Cv2Cv2Cv3Cv3Cv3Cv3Cv3Cv3Cv3Cv3Cv3Cv3Cv4Cv4Cv4Cv4Cv4Cv4Cv4Cv4Cv4Cv4\
Cv5Cv5Cv5Cv5Cv5Cv5Cv5Cv5Cv5Cv5Cv6Cv6Cv6Cv6Cv6Cv6Cv6Cv6Cv6Cv6Cv7Cv7Cv7Cv7Cv7Cv7Cv7Cv7Cv7Cv7Cv8Cv8Cv8Cv8Cv8Cv8Cv8Cv8Cv8Cv8\
Cv9Cv9Cv9Cv9Cv9Cv9Cv9Cv9Cv9Cv9Cv+Cv+Cv+Cv+Cv+Cv+Cv+Cv+Cv+Cv+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwACwBCwCCwDCwECwFCwGCwHAAA\
CwIAAAAAAAAAAAAAAAAAAAAACwJAAACwKAAAAAAAAAAAAAAAAAAAAAAAACwICwIAAAAAAAAAAAAAAAAAAAAAAAACwICwLCwLCwLCwLCwLCwLCwLCwLCwLAAA\
CwLAAAAAAAAAAAAAAAAAAAAAAAAAAACwMAAAAAAAAAAAAAAAAAAAAAAAAAAACwNCwOAAACwPAAACwQAAAAAAAAAAAACwRAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CwSCwSCwSCwSCwSCwSCwSCwSCwSCwSAAACwTCwTCwTCwTCwTCwTCwTCwTAAACwSCwSCwUCwUCwUCwUCwSCwSCwSCwUCwVCwVCwVCwVCwVCwVCwVCwVCwVCwV\
CwWCwXCwXAAAAAAAAACwOAAAAAAAAACwWCwYCwYCwYCwYCwYAAACwOCwOCwZCwaCwaCwaCwaCwaCwaCwaCwaCwaCwaCwOCwOCwOCwOCwOCwOCwOCwOCwOCwO\
CwSAAAAAACwSCwSCwSCwSCwSCwSCwSCwbAAAAAAAAAAAAAAAAAAAAAAAAAAACwcCwcCwcCwcCwcCwcCwcCwcCwcCwcCwdCwdCwdCwdCwdCwdCwdCwdCwdCwd\
CweCweCweCweCweCweCweCweCweCweCwfCwfCwfCwfCwfCwfCwfCwfCwfCwfCwgCwgCwgCwgCwgCwgCwgCwgCwgCwgCwhCwhCwhCwhCwhCwhCwhCwhCwhCwh\
CwICwICwICwICwICwICwICwICwICwIAAAAAAAAAAAAAAAAAAAAAAAAAAACwhCwiCwiCwiCwiCwiCwiCwiCwiCwiCwiCwjCwjCwjCwjCwjCwjCwjCwjCwjCwj\
CwkCwkCwkCwkCwkCwkCwkCwkCwkCwkCwlCwlCwlCwlCwlCwlCwlCwlCwlCwlCwmCwmCwmCwmCwmCwmCwmCwmCwmCwmCwnCwnCwnCwnCwnCwnCwnCwnCwnCwn\
CwoCwoCwoCwoCwoCwoCwoCwoCwoCwoCwpCwpCwpCwpCwpCwpCwpCwpCwpCwpCwqCwqCwqCwqCwqCwqCwqCwqCwqCwqCwrCwrCwrCwrCwrCwrCwrCwrCwrCwr\
CwsCwsCwsCwsCwsCwsCwsCwsCwsCwsCwtCwtCwtCwtCwtCwtCwtCwtCwtCwtCwsCwsCwsCwsCwsCwsCwsCwsCwsCwsCwuCwuCwuCwuCwuCwuCwuCwuCwuCwu\
CwvCwvCwvCwvCwvCwvCwvCwvCwvCwvCwwCwwCwwCwwCwwCwwCwwCwwCwwCwwCwxCwxCwxCwxCwxCwxCwxCwxCwxCwxCwyCwyCwyCwyCwyCwyCwyCwyCwyCwy\
CwzCwzCwzCwzCwzCwzCwzCwzCwzCwzCw0Cw0Cw0Cw0Cw0Cw0Cw0Cw0Cw0Cw0Cw1Cw1Cw1Cw1Cw1Cw1Cw1Cw1Cw1Cw1Cw2Cw2Cw2Cw2Cw2Cw2Cw2Cw2Cw2Cw2\
Cw3Cw3Cw3Cw3Cw3Cw3Cw3Cw3Cw3Cw3Cw4Cw4Cw4Cw4Cw4Cw4Cw4Cw4Cw4Cw4Cw5Cw5Cw5Cw5Cw5Cw5Cw5Cw5Cw5Cw5Cw6Cw6Cw6Cw6Cw6Cw6Cw6Cw6Cw6Cw6\
Cw7Cw7Cw7Cw7Cw7Cw7Cw7Cw7Cw7Cw7Cw8Cw8Cw8Cw8Cw8Cw8Cw8Cw8Cw8Cw8Cw9Cw9Cw9Cw9Cw9Cw9Cw9Cw9Cw9Cw9Cw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+\
Cw/Cw/Cw/Cw/Cw/Cw/Cw/Cw/Cw/Cw/CxACxACxACxACxACxACxACxACxACxACw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+Cw+CxBCxBCxBCxBCxBCxBCxBCxBCxBCxB\
CxCCxCCxCCxCCxCCxCCxCCxCCxCCxCCxDCxDCxDCxDCxDCxDCxDCxDCxDCxDCxECxECxECxECxECxECxECxECxECxECxECxECxECxECxECxECxECxECxECxE\
CxFCxFCxFCxFCxFCxFCxFCxFCxFCxFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACxGCxGCxGCxGCxGCxGCxGCxGCxGCxGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACxIAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAACxJAAACxKCxKCxKCxKCxKCxKCxKCxKCxKCxKCxLCxLCxLCxLCxLCxLCxLCxLCxLCxLCxMCxMCxMCxMCxMCxMCxMCxMCxMCxM\
CxNCxNCxNCxNCxNCxNCxNCxNCxNCxNCxOCxOCxOCxOCxOCxOCxOCxOCxOCxOCxPCxPCxPCxPCxPCxPCxPCxPCxPCxPCxQCxQCxQCxQCxQCxQCxQCxQCxQCxQ\
CxRCxRCxRCxRCxRCxRCxRCxRCxRCxRCxSCxSCxSCxSCxSCxSCxSCxSCxSCxSCxTCxTCxTCxTCxTCxTCxTCxTCxTCxTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CxVAAACxWCxXCxYCxZCxXCxaCxbCxcCxdAAAAAAAAAAAAAAAAAAAAAAAAAAACxeCxeCxeCxeCxeCxeCxeCxeCxeCxeCxfCxfCxfCxfCxfCxfCxfCxfCxfCxf\
AAACxfCxfCxgCxfCxfCxfCxfAAAAAAAAACxfCxfCxfCxfCxfCxfCxfCxfCxfCxhCxfCxfCxfCxfCxfCxfCxfCxfCxfCxiCxfCxfCxfCxfCxfCxfCxjCxjCxj\
CxkCxfCxfCxfCxfCxfCxfCxfCxjCxlAAAAAAAAAAAAAAAAAAAAAAAACxmAAACxnCxnCxnCxnCxnCxnCxnCxnCxnCxnCxoCxoCxoCxoCxoCxoCxoCxoCxoCxo\
CxpCxoCxoCxoCxoCxoCxoCxpCxpCxpCxqCxoCxoCxoCxoCxoCxoCxoCxoCxoCxrAAAAAAAAAAAAAAAAAAAAAAAAAAACxsCxsCxsCxsCxsCxsCxsCxsCxsCxs\
CxtCxtCxtCxtCxtCxtCxtCxtCxtCxtAAAAAAAAAAAAAAAAAACxsAAAAAACxsCxuAAAAAAAAAAAAAAAAAAAAAAAAAAACxvCxvCxvCxvCxvCxvCxvCxvCxvCxv\
CxwCxwCxwCxwCxwCxwCxwCxwCxwCxwCxxCxxCxxCxxCxxCxxCxxCxxCxxCxxCxyCxyCxyCxyCxyCxyCxyCxyCxyCxyCxzCxzCxzCxzCxzCxzCxzCxzCxzCxz\
CxpCxpCxpCxpCxpCxpCxpCxpCxpCxpCx0Cx0Cx0Cx0Cx0Cx0Cx0Cx0Cx0Cx0Cx1AAAAAAAAAAAAAAAAAAAAAAAAAAACx2Cx2Cx2Cx2Cx2Cx2Cx2Cx2Cx2Cx2\
Cx3Cx3Cx3Cx3Cx3Cx3Cx3Cx3Cx3Cx3Cx4Cx4Cx4Cx4Cx4Cx4Cx4Cx4Cx4Cx4Cx5Cx5Cx5Cx5Cx5Cx5Cx5Cx5Cx5Cx5Cx6Cx6Cx6Cx6Cx6Cx6Cx6Cx6Cx6Cx6\
Cx7Cx7Cx7Cx7Cx7Cx7Cx7Cx7Cx7Cx7Cx8Cx8Cx8Cx8Cx8Cx8Cx8Cx8Cx8Cx8Cx9Cx9Cx9Cx9Cx9Cx9Cx9Cx9Cx9Cx9Cx+Cx+Cx+Cx+Cx+Cx+Cx+Cx+Cx+Cx+\
Cx/Cx/Cx/Cx/Cx/Cx/Cx/Cx/Cx/Cx/CyACyACyACyACyACyACyACyACyACyACyBCyBCyBCyBCyBCyBCyBCyBCyBCyBCyCCyCCyCCyCCyCCyCCyCCyCCyCCyC\
CxrCxrCxrCxrCxrCxrCxrCxrCxrCxrCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCyECyECyECyECyECyECyECyECyECyE\
CyFCyFCyFCyFCyFCyFCyFCyFCyFCyFCyGCyGCyGCyGCyGCyGCyGCyGCyGCyGCyHCyHCyHCyHCyHCyHCyHCyHCyHCyHCyICyICyICyICyICyICyICyICyICyI\
CyJCyJCyJCyJCyJCyJCyJCyJCyJCyJCyKCyKCyKCyKCyKCyKCyKCyKCyKCyKCyLCyLCyLCyLCyLCyLCyLCyLCyLCyLCyMCyMCyMCyMCyMCyMCyMCyMCyMCyM\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACyOCyPCyQCyRCySCyTCyUAAACyVAAAAAACyVAAAAAACyVCyVAAAAAACyVCyVAAACyVCyVCyVAAAAAAAAA\
AAAAAACyVAAAAAAAAAAAAAAAAAAAAACyWCyWCyWCyWCyWCyWCyWCyWCyWCyWCyXAAAAAAAAAAAAAAAAAAAAAAAAAAACyYAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CyZCyaAAAAAAAAAAAAAAAAAAAAAAAACybCybCybCybCybCybCybCybCybCybCycCycCycCycCycCycCycCycCycCycCydAAAAAAAAAAAACydCyeCyeAAAAAA\
CyfCygCyfAAAAAAAAAAAAAAACyhAAACyiCygCyiCyiAAAAAAAAAAAAAAACyiCyiAAAAAAAAAAAAAAAAAAAAAAAAAAACyjCyjCyjCyjCyjCyjCyjCyjCyjCyj\
CykCykCykCykCykCykCykCykCykCykCylCylCylCylCylCylCylCylCylCylCymCymCymCymCymCymCymCymCymCymCynCynCynCynCynCynCynCynCynCyn\
CyoCyoCyoCyoCyoCyoCyoCyoCyoCyoCypCypCypCypCypCypCypCypCypCypCyqCyqCyqCyqCyqCyqCyqCyqCyqCyqCyrCyrCyrCyrCyrCyrCyrCyrCyrCyr\
CysCysCysCysCysCysCysCysCysCysCytCytCytCytCytCytCytCytCytCytCyuCyuCyuCyuCyuCyuCyuCyuCyuCyuCyvCyvCyvCyvCyvCyvCyvCyvCyvCyv\
CywCywCywCywCywCywCywCywCywCywCyxCyxCyxCyxCyxCyxCyxCyxCyxCyxCyyCyyCyyCyyCyyCyyCyyCyyCyyCyyCyzCyzCyzCyzCyzCyzCyzCyzCyzCyz\
Cy0Cy0Cy0Cy0Cy0Cy0Cy0Cy0Cy0Cy0Cy1Cy1Cy1Cy1Cy1Cy1Cy1Cy1Cy1Cy1Cy2Cy2Cy2Cy2Cy2Cy2Cy2Cy2Cy2Cy2Cy3Cy3Cy3Cy3Cy3Cy3Cy3Cy3Cy3Cy3\
Cy4Cy4Cy4Cy4Cy4Cy4Cy4Cy4Cy4Cy4Cy5Cy5Cy5Cy5Cy5Cy5Cy5Cy5Cy5Cy5Cy6Cy6Cy6Cy6Cy6Cy6Cy6Cy6Cy6Cy6Cy7Cy7Cy7Cy7Cy7Cy7Cy7Cy7Cy7Cy7\
Cy8Cy8Cy8Cy8Cy8Cy8Cy8Cy8Cy8Cy8Cy9Cy9Cy9Cy9Cy9Cy9Cy9Cy9Cy9Cy9Cy+Cy+Cy+Cy+Cy+Cy+Cy+Cy+Cy+Cy+Cy/Cy/Cy/Cy/Cy/Cy/Cy/Cy/Cy/Cy/\
CzACzACzACzACzACzACzACzACzACzACzBCzBCzBCzBCzBCzBCzBCzBCzBCzBCzCCzCCzCCzCCzCCzCCzCCzCCzCCzCCzDCzDCzDCzDCzDCzDCzDCzDCzDCzD\
CzECzECzECzECzECzECzECzECzECzECzFCzFCzFCzFCzFCzFCzFCzFCzFCzFCzGCzGCzGCzGCzGCzGCzGCzGCzGCzGCzHCzHCzHCzHCzHCzHCzHCzHCzHCzH\
CzICzICzICzICzICzICzICzICzICzICzJCzJCzJCzJCzJCzJCzJCzJCzJCzJCzKCzKCzKCzKCzKCzKCzKCzKCzKCzKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACzMAAAAAAAAACzNAAACzOCzP\
CzQCzQCzQCzRCzQCzQCzQCzQCzQCzQCzSCzSCzSCzSCzSCzSCzSCzSCzSCzSCzTCzUAAAAAAAAAAAAAAAAAAAAAAAACzVAAAAAAAAAAAAAAAAAAAAAAAAAAA\
CzWCzWCzWCzWCzWCzWCzWCzWCzWCzWCzXCzWCzYCzZCzWCzWCzWCzWCzWCzWCzaCzaCzaCzaCzaCzaCzaCzaCzaCzaCzbCzbCzbCzbCzbCzbCzbCzbCzbCzb\
CzcCzcCzcCzcCzcCzcCzcCzcCzcCzcCzdCzdCzdCzdCzdCzdCzdCzdCzdCzdCzeCzeCzeCzeCzeCzeCzeCzeCzeCzeCzeAAAAAAAAAAAAAAAAAACzeAAAAAA\
CzeAAACzeCzeCzeCzeCzeCzeCzeCzeCzeCzeCzeCzfCzeCzeCzeCzeCzeCzeCzgCzgCzgCzgCzgCzgCzgCzgCzgCzgCzhCzhCzhCzhCzhCzhCzhCzhCzhCzh\
CziCziCziCziCziCziCziCziCziCziCzjCzjCzjCzjCzjCzjCzjCzjCzjCzjCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkCzkAAA\
CzlCzlCzlCzlCzlCzlCzlCzlCzlCzlCzmCzmCzmCzmCzmCzmCzmCzmCzmCzmCznCznCznCznCznCznCznCznCznCznCzoCzoCzoCzoCzoCzoCzoCzoCzoCzo\
CzpCzpCzpCzpCzpCzpCzpCzpCzpCzpCzqCzqCzqCzqCzqCzqCzqCzqCzqCzqCzrCzrCzrCzrCzrCzrCzrCzrCzrCzrCzsCzsCzsCzsCzsCzsCzsCzsCzsCzs\
CztCztCztCztCztCztCztCztCztCztCzuCzuCzuCzuCzuCzuCzuCzuCzuCzuCzvCzvCzvCzvCzvCzvCzvCzvCzvCzvCzwCzwCzwCzwCzwCzwCzwCzwCzwCzw\
CzxCzxCzxCzxCzxCzxCzxCzxCzxCzxCzyCzyCzyCzyCzyCzyCzyCzyCzyCzyCzzCzzCzzCzzCzzCzzCzzCzzCzzCzzCz0Cz0Cz0Cz0Cz0Cz0Cz0Cz0Cz0Cz0\
Cz1Cz1Cz1Cz1Cz1Cz1Cz1Cz1Cz1Cz1Cz2Cz2Cz2Cz2Cz2Cz2Cz2Cz2Cz2Cz2Cz3Cz3Cz3Cz3Cz3Cz3Cz3Cz3Cz3Cz3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAACz5Cz6Cz7Cz8Cz9Cz+Cz/AAAAAAC0AC0AAAAC0AAAAAAAC0AC0AC0BAAAAAAC0AC0AC0AC0AC0AC0AAAAC0CC0DC0CC0EC0EC0FC0GC0EC0EC0E\
C0AC0AC0AC0AC0AC0AC0AC0AC0AC0AC0HC0AC0AC0AC0AC0AC0AC0AC0AC0AC0IC0JC0KC0EC0EAAAAAAAAAC0AC0EC0LAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C0MC0MC0MC0MC0MC0MC0MC0MC0MC0MC0NC0NC0NC0NC0NC0NC0NC0NC0NC0NC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0OC0P\
C0QC0QC0QC0QC0QC0QC0QC0QC0QC0QC0OC0OC0OC0OC0OC0QC0QC0OC0OC0QC0QC0QC0QC0QC0RC0SC0QC0QC0QC0QC0TC0TC0TAAAAAAAAAAAAAAAAAAAAA\
C0UAAAAAAAAAAAAAAAAAAAAAAAAAAAC0VC0WC0QC0QC0QC0QC0QC0QAAAC0QC0XC0QC0QC0YC0QC0QC0QC0ZC0aC0QC0bAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C0cC0cC0cC0cC0cC0cC0cC0cC0cC0cC0bC0bC0bC0bC0bC0bC0bC0bC0bC0bC0dC0dC0dC0dC0dC0dC0dC0dC0dC0dC0eC0eC0eC0eC0eC0dC0eC0eC0eC0e\
C0eC0eC0eC0eC0eC0eC0eC0eC0eC0eC0dC0dC0dC0dC0dC0eC0eC0eC0eC0eC0eC0dC0dC0dC0dC0dC0eC0eC0dC0dC0fC0fC0fC0fC0fC0fC0fC0fC0fC0f\
C0gC0hC0iC0iC0iC0iC0iC0iC0iC0iC0jAAAAAAC0eC0eC0eC0eC0eC0eC0eC0kC0eAAAAAAAAAAAAAAAAAAAAAAAAC0lC0eC0eC0eC0eC0eC0eC0eAAAAAA\
AAAAAAAAAAAAAAAC0eC0eC0eC0eC0eC0eC0eC0eC0eC0eC0eC0eC0eC0mC0eAAAAAAC0eC0eC0eC0eC0eC0nAAAAAAC0oC0oC0oC0oC0oC0oC0oC0oC0oC0o\
C0pC0pC0pC0pC0pC0pC0pC0pC0pC0pC0qC0qC0qC0qC0qC0qC0qC0qC0qC0qC0rC0rC0rC0rC0rC0rC0rC0rC0rC0rC0sC0sC0sC0sC0sC0sC0sC0sC0sC0s\
C0tC0tC0tC0tC0tC0tC0tC0tC0tC0tC0iC0iC0iC0iC0iC0iC0iC0iC0iC0iC0uC0uC0uC0uC0uC0uC0uC0uC0uC0uC0vC0rAAAAAAAAAAAAAAAC0rC0rAAA\
AAAAAAC0rC0rC0rC0rC0rAAAAAAAAAC0vAAAAAAAAAC0rAAAAAAAAAAAAAAAC0rC0rAAAC0rC0rC0rC0rC0rC0rC0rC0rC0rAAAAAAAAAAAAAAAAAAAAAAAA\
C0wC0wC0wC0wC0wC0wC0wC0wC0wC0wC0xC0xC0xC0xC0xC0xC0xC0xC0xC0xC0yC0yC0yC0yC0yC0yC0yC0yC0yC0yC0zC0zC0zC0zC0zC0zC0zC0zC0zC0z\
C00C00C00C00C00C00C00C00C00C00C0hC0hC0hC0hC0hC0hC0hC0hC0hC0hC01C01C01C01C01C01C01C01C01C01C0zAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C02C02C02C02C02C02C02C02C02C02C03C03C03C03C03C03C03C03C03C03C04C04C04C04C04C04C04C04C04C04C05C05C05C05C05C05C05C05C05C05\
C06C06C06C06C06C06C06C06C06C06C07C07C07C07C07C07C07C07C07C07C08C08C08C08C08C08C08C08C08C08AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C09C0+C0+C0+C0+C0+C0+C0+C0+C0+C0+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1AC1BAAAC1CC1DC1EC1FC1G\
AAAC1HC1HC1HC1HC1HC1HC1HC1HC1HC1IC1HC1HC1HC1HC1HC1HC1HC1IC1HAAAAAAAAAC1JAAAC1KC1LAAAAAAAAAC1MC1MC1MC1MC1MC1MC1MC1MC1MC1M\
AAAC1MAAAAAAAAAAAAC1MC1MC1MC1MC1NAAAAAAAAAAAAAAAAAAAAAAAAAAAC1OAAAAAAAAAAAAAAAAAAAAAAAAAAAC1PC1PC1PC1PC1PC1PC1PC1PC1PC1P\
C1QC1QC1QC1QC1QC1QC1QC1QC1QC1QAAAAAAAAAC1PAAAAAAAAAAAAAAAAAAAAAAAAC1PAAAAAAC1PAAAC1PAAAAAAAAAAAAC1RAAAAAAAAAAAAAAAAAAAAA\
C1RC1RC1RC1RC1RC1RC1RC1RC1RC1RC1SAAAAAAC1TAAAAAAAAAAAAC1UAAAC1VAAAAAAAAAAAAC1VC1VAAAAAAAAAC1WC1WC1WC1WC1WC1WC1WC1WC1WC1W\
C1XC1XC1XC1XC1XC1XC1XC1XC1XC1XC1YC1YC1YC1YC1YC1YC1YC1YC1YC1YC1ZC1ZC1ZC1ZC1ZC1ZC1ZC1ZC1ZC1ZC1aC1aC1aC1aC1aC1aC1aC1aC1aC1a\
C1bC1bC1bC1bC1bC1bC1bC1bC1bC1bC1cC1cC1cC1cC1cC1cC1cC1cC1cC1cC1dC1dC1dC1dC1dC1dC1dC1dC1dC1dC1eC1eC1eC1eC1eC1eC1eC1eC1eC1e\
C1fC1fC1fC1fC1fC1fC1fC1fC1fC1fC1gC1gC1gC1gC1gC1gC1gC1gC1gC1gC1hC1hC1hC1hC1hC1hC1hC1hC1hC1hC1iC1iC1iC1iC1iC1iC1iC1iC1iC1i\
C1jC1jC1jC1jC1jC1jC1jC1jC1jC1jC1kC1kC1kC1kC1kC1kC1kC1kC1kC1kC1lC1lC1lC1lC1lC1lC1lC1lC1lC1lC1mC1mC1mC1mC1mC1mC1mC1mC1mC1m\
C1nC1nC1nC1nC1nC1nC1nC1nC1nC1nC1oC1oC1oC1oC1oC1oC1oC1oC1oC1oC1pC1pC1pC1pC1pC1pC1pC1pC1pC1pC1qC1qC1qC1qC1qC1qC1qC1qC1qC1q\
C1rC1rC1rC1rC1rC1rC1rC1rC1rC1rC1sC1sC1sC1sC1sC1sC1sC1sC1sC1sC1tC1tC1tC1tC1tC1tC1tC1tC1tC1tC1uC1uC1uC1uC1uC1uC1uC1uC1uC1u\
C1vC1vC1vC1vC1vC1vC1vC1vC1vC1vC1wC1wC1wC1wC1wC1wC1wC1wC1wC1wC1xC1xC1xC1xC1xC1xC1xC1xC1xC1xC1yC1yC1yC1yC1yC1yC1yC1yC1yC1y\
C1zC1zC1zC1zC1zC1zC1zC1zC1zC1zC10C10C10C10C10C10C10C10C10C10C11C11C11C11C11C11C11C11C11C11C12C12C12C12C12C12C12C12C12C12\
C13C13C13C13C13C13C13C13C13C13C14C14C14C14C14C14C14C14C14C14AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC16C17C18C19C1+C1/C2AC2BC2CC2DC2DC2DAAAAAAC2DAAAAAAAAAAAAAAAAAAC2EC2FC2GC2HC2IAAAC2JAAA\
AAAC2KC2KC2LAAAAAAAAAAAAAAAAAAAAAC2LAAAC2LC2LAAAAAAC2DAAAC2LAAAAAAAAAAAAAAAC2LAAAAAAAAAAAAC2MAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAC2LAAAAAAC2NAAAAAAAAAAAAAAAAAAAAAC2LAAAC2OC2LAAAC2LC2LC2LC2LC2LC2LC2LC2PC2PC2PC2PC2PC2PC2PC2PC2PC2P\
AAAAAAC2PC2PC2PAAAC2PAAAAAAAAAAAAC2PC2PC2PC2PC2PC2PC2PC2PAAAAAAAAAC2PC2PC2PC2PC2PAAAAAAC2PAAAAAAC2PC2PC2PC2PC2PC2PAAAAAA\
AAAC2PC2PC2PC2PC2PC2PC2PC2PC2PAAAC2PC2PC2PC2PC2PC2PC2PAAAAAAAAAAAAC2PAAAAAAAAAAAAAAAAAAAAAC2QC2QC2QC2QC2QC2QC2QC2QC2QC2Q\
AAAAAAC2RC2SC2TC2UC2VC2VC2VC2WC2XC2YC2YC2YC2YAAAAAAAAAAAAAAAC2ZC2ZAAAAAAAAAAAAC2ZAAAAAAAAAC2aC2aC2aC2aC2aC2aC2aC2aC2aC2a\
C2bC2bC2bC2bC2bC2bC2bC2bC2bC2bAAAAAAAAAAAAAAAAAAAAAC2cC2cAAAAAAAAAAAAAAAAAAC2cC2cC2cC2cC2cC2cAAAC2cC2cC2cC2cC2cC2cC2cC2c\
C2cC2cC2cC2cC2cAAAC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cC2cAAAAAAAAAAAAAAAAAAAAAC2dC2dC2dC2dC2dC2dC2dC2dC2dC2d\
C2eC2eC2eC2eC2eC2eC2eC2eC2eC2eC2fC2fC2fC2fC2fC2fC2fC2fC2fC2fC2gC2gC2gC2gC2gC2gC2gC2gC2gC2gC2hC2hC2hC2hC2hC2hC2hC2hC2hC2h\
C2iC2iC2iC2iC2iC2iC2iC2iC2iC2iC2jC2jC2jC2jC2jC2jC2jC2jC2jC2jC2kC2kC2kC2kC2kC2kC2kC2kC2kC2kC2lC2lC2lC2lC2lC2lC2lC2lC2lC2l\
C2mC2mC2mC2mC2mC2mC2mC2mC2mC2mC2nC2nC2nC2nC2nC2nC2nC2nC2nC2nC2oC2oC2oC2oC2oC2oC2oC2oC2oC2oC2pC2pC2pC2pC2pC2pC2pC2pC2pC2p\
C2qC2qC2qC2qC2qC2qC2qC2qC2qC2qC2rC2rC2rC2rC2rC2rC2rC2rC2rC2rC2sC2sC2sC2sC2sC2sC2sC2sC2sC2sC2tC2tC2tC2tC2tC2tC2tC2tC2tC2t\
C2uC2uC2uC2uC2uC2uC2uC2uC2uC2uC2vC2vC2vC2vC2vC2vC2vC2vC2vC2vC2wC2wC2wC2wC2wC2wC2wC2wC2wC2wC2xC2xC2xC2xC2xC2xC2xC2xC2xC2x\
C2yC2yC2yC2yC2yC2yC2yC2yC2yC2yC2zC2zC2zC2zC2zC2zC2zC2zC2zC2zC20C20C20C20C20C20C20C20C20C20C21C21C21C21C21C21C21C21C21C21\
C22C22C22C22C22C22C22C22C22C22C23C23C23C23C23C23C23C23C23C23AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAC25C26C27C28AAAAAAAAAC29C2+AAAAAAAAAAAAAAAC2/C3AC3BAAAAAAAAAC3CC3DC3EC3FC3GAAAAAAAAAC3HAAAAAAAAAC3IAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAC3IAAAAAAAAAAAAAAAC3JC3KC3LAAAAAAAAAAAAAAAAAAAAAC3MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC3NC3OAAAC3OAAAC3PAAAAAAC3Q\
AAAAAAC3OC3OC3QC3OAAAAAAAAAAAAC3OC3OC3OC3OC3OC3OC3OC3OC3OC3OAAAAAAC3OC3RC3OC3SC3OAAAAAAAAAAAAAAAC3OC3OC3TC3OAAAAAAAAAAAA\
AAAAAAC3OC3UC3VC3WC3OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC3XAAAAAAAAAAAAAAAC3YC3YC3YAAAC3YAAAC3YC3YC3YC3YC3YC3YC3YC3YC3Y\
C3YC3YC3YC3YC3YC3YC3YC3YC3YC3YC3ZC3aAAAC3aAAAAAAAAAAAAAAAAAAC3bAAAAAAAAAAAAAAAAAAAAAAAAAAAC3cAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAC3bAAAAAAAAAAAAAAAAAAAAAAAAC3dC3dC3dC3dC3dAAAAAAAAAAAAC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dAAAAAAC3dC3dC3dAAAAAAAAAAAAAAA\
AAAC3dC3dC3dC3dC3dC3dC3dAAAAAAC3dC3dC3dC3dAAAC3dC3dC3dC3dC3dAAAC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dC3dAAA\
C3dAAAC3dC3dC3dC3dC3dC3dAAAC3dC3dAAAC3dAAAC3dC3dC3dC3dAAAAAAC3dAAAAAAC3dC3dC3dC3dC3dAAAAAAC3eC3eC3eC3eC3eC3eC3eC3eC3eC3e\
C3fC3fC3fC3fC3fC3fC3fC3fC3fC3fC3gC3gC3gC3gC3gC3gC3gC3gC3gC3gC3hC3hC3hC3hC3hC3hC3hC3hC3hC3hC3iC3iC3iC3iC3iC3iC3iC3iC3iC3i\
C3aC3aC3aC3aC3aC3aC3aC3aC3aC3aC3jC3jC3jC3jC3jC3jC3jC3jC3jC3jC3kC3kC3kC3kC3kC3kC3kC3kC3kC3kC3lC3lC3lC3lC3lC3lC3lC3lC3lC3l\
C3mC3mC3mC3mC3mC3mC3mC3mC3mC3mC3nC3nC3nC3nC3nC3nC3nC3nC3nC3nC3oC3oC3oC3oC3oC3oC3oC3oC3oC3oC3pC3pC3pC3pC3pC3pC3pC3pC3pC3p\
C3qC3qC3qC3qC3qC3qC3qC3qC3qC3qC3rC3rC3rC3rC3rC3rC3rC3rC3rC3rC3sC3sC3sC3sC3sC3sC3sC3sC3sC3sC3tC3tC3tC3tC3tC3tC3tC3tC3tC3t\
C3uC3uC3uC3uC3uC3uC3uC3uC3uC3uC3vC3vC3vC3vC3vC3vC3vC3vC3vC3vC3wC3wC3wC3wC3wC3wC3wC3wC3wC3wC3xC3xC3xC3xC3xC3xC3xC3xC3xC3x\
C3yC3yC3yC3yC3yC3yC3yC3yC3yC3yC3zC3zC3zC3zC3zC3zC3zC3zC3zC3zC30C30C30C30C30C30C30C30C30C30C31C31C31C31C31C31C31C31C31C31\
C32C32C32C32C32C32C32C32C32C32C33C33C33C33C33C33C33C33C33C33C34C34C34C34C34C34C34C34C34C34C35C35C35C35C35C35C35C35C35C35\
C36C36C36C36C36C36C36C36C36C36C37C37C37C37C37C37C37C37C37C37C38C38C38C38C38C38C38C38C38C38C39C39C39C39C39C39C39C39C39C39\
C3+C3+C3+C3+C3+C3+C3+C3+C3+C3+C3/C3/C3/C3/C3/C3/C3/C3/C3/C3/C4AC4AC4AC4AC4AC4AC4AC4AC4AC4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4BC4B\
C4CC4CC4CC4CC4CC4CC4CC4CC4CC4CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4EAAAC4FAAAC4FC4GC4HC4HC4I\
C4JC4JC4JC4JC4JC4JC4JC4JC4KC4JC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4LC4MC4NC4NC4NC4NC4NC4NC4NC4NC4NC4N\
C4JC4JC4JC4JC4JC4JC4JC4JC4JC4JC4OC4OC4OC4OC4OC4OC4OC4OC4OC4OC4PC4OC4OC4OC4OC4OC4OC4OC4OC4OC4QC4QC4QC4QC4QC4QC4QC4QC4QC4Q\
C4RC4QC4QC4QC4QC4QC4QC4QC4QC4QC4SC4SC4SC4SC4SC4SC4SC4SC4SC4SC4TC4TC4TC4TC4TC4TC4TC4TC4TC4TC4UC4TC4UC4TC4TC4TC4TC4TC4TC4T\
C4VC4VC4VC4VC4VC4VC4VC4VC4VC4VC4WC4WC4WC4WC4WC4WC4WC4WC4WC4WC4XC4XC4XC4XC4XC4XC4XC4XC4XC4XC4YC4YC4YC4YC4YC4YC4YC4YC4YC4Y\
C4ZC4ZC4ZC4ZC4ZC4ZC4ZC4ZC4ZC4ZC4aC4aC4aC4aC4aC4aC4aC4aC4aC4aC4bC4bC4bC4bC4bC4bC4bC4bC4bC4bC4cC4cC4cC4cC4cC4cC4cC4cC4cC4c\
C4dC4dC4dC4dC4dC4dC4dC4dC4dC4dC4eC4eC4eC4eC4eC4eC4eC4eC4eC4eC4fC4fC4fC4fC4fC4fC4fC4fC4fC4fC4gC4gC4gC4gC4gC4gC4gC4gC4gC4g\
C4hC4hC4hC4hC4hC4hC4hC4hC4hC4hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4iC4iC4iC4iC4iC4iC4iC4iC4iC4iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C4VC4VC4VC4VC4VC4VC4VC4VC4VC4VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4jC4jC4jC4jC4jC4jC4jC4jC4jC4jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAC4lC4mAAAC4nC4nC4oC4pC4qC4qC4qC4qC4qC4qC4qC4qC4qC4qAAAAAAAAAAAAC4qC4rC4qAAAAAAAAAC4lC4lC4lC4lC4lC4lC4lC4lC4lC4l\
C4sAAAAAAAAAAAAAAAAAAC4tAAAAAAC4uAAAC4vC4vC4vAAAAAAC4vC4vC4vC4wC4wC4wC4wC4wC4wC4wC4wC4wC4wAAAC4wC4wC4wC4wC4wC4wC4wC4wC4w\
C4xAAAAAAAAAAAAAAAAAAAAAAAAAAAC4yAAAAAAAAAAAAAAAAAAAAAAAAAAAC4xC4xC4xC4xC4xC4xC4xC4xC4xC4xC4yC4yC4yC4yC4yC4yC4yC4yC4yC4y\
C4zC4zC4zC4zC4zC4zC4zC4zC4zC4zC40C40C40C40C40C40C40C40C40C40C41C41C41C41C41C41C41C41C41C41C42C42C42C42C42C42C42C42C42C42\
C43C43C43C43C43C43C43C43C43C43C44C44C44C44C44C44C44C44C44C44C45C45C45C45C45C45C45C45C45C45C46C46C46C46C46C46C46C46C46C46\
C47C47C47C47C47C47C47C47C47C47C48C48C48C48C48C48C48C48C48C48C49C49C49C49C49C49C49C49C49C49C4+C4+C4+C4+C4+C4+C4+C4+C4+C4+\
C4/C4/C4/C4/C4/C4/C4/C4/C4/C4/C5AC5AC5AC5AC5AC5AC5AC5AC5AC5AC5BC5BC5BC5BC5BC5BC5BC5BC5BC5BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC5DAAAAAAAAAAAAC5EC5FC5GAAAAAAAAAAAAAAAAAAAAAC5HAAAAAAAAAAAA\
AAAC5IAAAAAAAAAC5IAAAAAAC5IAAAAAAC5JAAAAAAAAAAAAC5JAAAAAAAAAAAAC5KAAAAAAAAAAAAAAAC5KC5KAAAAAAAAAAAAAAAC5LAAAAAAAAAAAAAAA\
C5MC5MC5MC5MC5MC5MC5MC5MC5MC5MC5NC5NC5NC5NC5NC5NC5NC5NC5NC5NC5OC5OC5OC5OC5OC5OC5OC5OC5OC5OAAAAAAAAAAAAAAAAAAAAAAAAAAAC5P\
C5QC5QC5QC5QC5QC5QC5QC5QC5QC5QC5RC5RC5RC5RC5RC5RC5RC5RC5RC5RC5SC5SC5SC5SC5SC5SC5SC5SC5SC5SAAAAAAAAAAAAAAAAAAAAAAAAC5TC5U\
C5VC5VC5VC5VC5VC5VC5VC5VC5VC5VC5WC5WC5WC5WC5WC5WC5WC5WC5WC5WC5XC5XC5XC5XC5XC5XC5XC5XC5XC5XC5YC5YAAAAAAAAAC5YAAAC5YC5YC5Y\
C5YC5YC5YC5YC5YC5YC5YC5YC5YC5YC5ZC5ZC5ZC5ZC5ZC5ZC5ZC5ZC5ZC5ZC5aC5aC5aC5aC5aC5aC5aC5aC5aC5aC5bC5bC5bC5bC5bC5bC5bC5bC5bC5b\
C5cC5cC5cC5cC5cC5cC5cC5cC5cC5cC5dC5dC5dC5dC5dC5dC5dC5dC5dC5dC5eC5eC5eC5eC5eC5eC5eC5eC5eC5eC5fC5fC5fC5fC5fC5fC5fC5fC5fC5f\
C5gC5gC5gC5gC5gC5gC5gC5gC5gC5gC5hC5hC5hC5hC5hC5hC5hC5hC5hC5hC5iC5iC5iC5iC5iC5iC5iC5iC5iC5iC5jC5jC5jC5jC5jC5jC5jC5jC5jC5j\
C5kC5kC5kC5kC5kC5kC5kC5kC5kC5kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C5lC5lC5lC5lC5lC5lC5lC5lC5lC5lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC5nC5oC5pC5qC5rC5sC5tAAAC5uC5uC5uC5uC5uC5uC5uC5uC5v\
AAAC5uAAAC5uC5uC5uC5uC5uC5uAAAC5vC5uC5uC5uC5uC5uC5uC5uAAAAAAAAAC5uC5uC5vC5uC5uC5vC5vC5vC5uAAAC5vC5vC5vAAAC5vAAAC5vAAAC5w\
C5xAAAAAAAAAAAAAAAAAAAAAAAAC5yC5zC5vC5vC5vC5vC5vC5vC5vC5vC5vC50C50C50C50C50C50C50C50C50C50C51C51C51C51C51C51C51C51C51C51\
C51AAAAAAAAAAAAAAAAAAAAAAAAAAAC52AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC53C53C53C53C53AAAC53AAAC53C54AAAAAAAAAAAAAAAAAAAAAAAAAAA\
C55C55C55C55C55C55C55C55C55C55C56C56C56C56C56C56C56C56C56C56AAAC57C57C57C57C57C57C57C57AAAC58C58C58C58C58C58C58C58C58C58\
AAAAAAC59C59AAAAAAAAAAAAAAAC59C5+C5+C5+C5+C5+C5+C5+C5+C5+C5+C5/C5/C5/C5/C5/C5/C5/C5/C5/C5/C6AC6AC6AC6AC6AC6AC6AC6AC6AC6A\
C6BC6BC6BC6BC6BC6BC6BC6BC6BC6BC6CC6CC6CC6CC6CC6CC6CC6CC6CC6CC6DC6DC6DC6DC6DC6DC6DC6DC6DC6DC6EC6EC6EC6EC6EC6EC6EC6EC6EC6E\
C6FC6FC6FC6FC6FC6FC6FC6FC6FC6FC6GC6GC6GC6GC6GC6GC6GC6GC6GC6GC6HC6HC6HC6HC6HC6HC6HC6HC6HC6HC6IC6IC6IC6IC6IC6IC6IC6IC6IC6I\
C6JC6JC6JC6JC6JC6JC6JC6JC6JC6JC6KC6KC6KC6KC6KC6KC6KC6KC6KC6KC6LC6LC6LC6LC6LC6LC6LC6LC6LC6LC6MC6MC6MC6MC6MC6MC6MC6MC6MC6M\
C6NC6NC6NC6NC6NC6NC6NC6NC6NC6NC6OC6OC6OC6OC6OC6OC6OC6OC6OC6OC6PC6PC6PC6PC6PC6PC6PC6PC6PC6PC6QC6QC6QC6QC6QC6QC6QC6QC6QC6Q\
C6RC6RC6RC6RC6RC6RC6RC6RC6RC6RC6SC6SC6SC6SC6SC6SC6SC6SC6SC6SC6TC6TC6TC6TC6TC6TC6TC6TC6TC6TC6UC6UC6UC6UC6UC6UC6UC6UC6UC6U\
C6VC6VC6VC6VC6VC6VC6VC6VC6VC6VC6WC6WC6WC6WC6WC6WC6WC6WC6WC6WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C6XC6XC6XC6XC6XC6XC6XC6XC6XC6XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6YC6YC6YC6YC6YC6YC6YC6YC6YC6YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6aC6bC6cAAAAAAC6dC6eC6fC6gC6hC6iC6hC6hC6hC6hC6hC6hC6hC6hC6hC6hC6hC6jC6hC6hC6hC6hC6jC6j\
C6hC6hC6hC6hC6hC6hC6hC6hC6hC6jC6kC6kC6kC6kC6kC6kC6kC6lC6kC6kC6mAAAAAAAAAAAAAAAC6mAAAC6nAAAC6oAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C6pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6qC6qC6qC6qC6qC6qC6qC6qAAAC6qC6qC6qC6qC6qC6qC6qC6qC6qC6rAAAC6qC6qC6qC6qC6qC6qC6qC6q\
C6sC6sC6sC6sC6sC6sC6sC6sC6sC6sC6kC6kC6kC6kC6kC6kC6kC6kC6kC6kC6tC6tC6tC6tC6tC6tC6tC6tC6tC6tC6uC6uC6uC6uC6uC6uC6uC6uC6uC6u\
C6vAAAAAAAAAAAAAAAAAAAAAAAAAAAC6uC6uAAAAAAAAAAAAC6uAAAAAAC6uC6wC6wC6wC6wC6wC6wC6wC6wC6wC6wAAAAAAC6wC6wC6wC6wC6wC6wC6wC6w\
C6xC6xC6xC6xC6xC6xC6xC6xC6xC6xC6yC6yC6yC6yC6yC6yC6yC6yC6yC6yC6zC6zC6zC6zC6zC6zC6zC6zC6zC6zC60C60C60C60C60C60C60C60C60C60\
C61C61C61C61C61C61C61C61C61C61C62C62C62C62C62C62C62C62C62C62C63C63C63C63C63C63C63C63C63C63C64C64C64C64C64C64C64C64C64C64\
C65C65C65C65C65C65C65C65C65C65C66C66C66C66C66C66C66C66C66C66C67C67C67C67C67C67C67C67C67C67C68C68C68C68C68C68C68C68C68C68\
C69C69C69C69C69C69C69C69C69C69C6+C6+C6+C6+C6+C6+C6+C6+C6+C6+C6/C6/C6/C6/C6/C6/C6/C6/C6/C6/C7AC7AC7AC7AC7AC7AC7AC7AC7AC7A\
C7BC7BC7BC7BC7BC7BC7BC7BC7BC7BC7CC7CC7CC7CC7CC7CC7CC7CC7CC7CC7DC7DC7DC7DC7DC7DC7DC7DC7DC7DC7EC7EC7EC7EC7EC7EC7EC7EC7EC7E\
C7FC7FC7FC7FC7FC7FC7FC7FC7FC7FC7GC7GC7GC7GC7GC7GC7GC7GC7GC7GC7HC7HC7HC7HC7HC7HC7HC7HC7HC7HC7IC7IC7IC7IC7IC7IC7IC7IC7IC7I\
C7JC7JC7JC7JC7JC7JC7JC7JC7JC7JC7KC7KC7KC7KC7KC7KC7KC7KC7KC7KC7LC7LC7LC7LC7LC7LC7LC7LC7LC7LC7MC7MC7MC7MC7MC7MC7MC7MC7MC7M\
C7NC7NC7NC7NC7NC7NC7NC7NC7NC7NC7OC7OC7OC7OC7OC7OC7OC7OC7OC7OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7PC7PC7PC7PC7PC7PC7PC7PC7PC7P\
C7QC7QC7QC7QC7QC7QC7QC7QC7QC7QC7RC7RC7RC7RC7RC7RC7RC7RC7RC7RC7SC7SC7SC7SC7SC7SC7SC7SC7SC7SC7TC7TC7TC7TC7TC7TC7TC7TC7TC7T\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7UC7UC7UC7UC7UC7UC7UC7UC7UC7UC7VC7VC7VC7VC7VC7VC7VC7VC7VC7VC7WC7WC7WC7WC7WC7WC7WC7WC7WC7W\
C7XC7XC7XC7XC7XC7XC7XC7XC7XC7XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAC7ZC7aC7bC7cC7dC7eC7fC7gC7hAAAAAAAAAAAAAAAAAAAAAAAAAAAC7iC7iC7iC7jAAAAAAAAAAAAAAAAAAC7kC7lAAAAAAAAAAAAAAAAAAAAAAAA\
C7lC7jC7kAAAAAAAAAAAAAAAAAAAAAC7mAAAAAAC7nAAAAAAC7oC7mC7mC7mAAAAAAAAAAAAAAAAAAAAAC7pC7qAAAC7rAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAC7sC7tAAAAAAAAAAAAAAAAAAC7uC7uC7uC7uC7uC7uC7uAAAAAAAAAC7uC7uC7uC7uC7uC7uAAAAAAAAAAAAC7uAAAC7uC7uC7uC7uAAAAAA\
AAAAAAC7uC7uC7uAAAC7uC7uAAAAAAAAAAAAC7uAAAC7uAAAC7uC7uAAAAAAC7vC7vC7vC7vC7vC7vC7vC7vC7vC7vC7vAAAC7vAAAC7vAAAAAAAAAAAAAAA\
C7vC7vC7vAAAAAAC7vAAAAAAAAAAAAAAAC7wC7wC7wC7wC7wC7wC7wC7wC7wAAAC7xC7xC7xC7xAAAAAAAAAAAAC7xC7yC7yC7yAAAAAAC7yAAAC7yC7yC7z\
AAAC70AAAAAAAAAC70C70AAAC70AAAAAAC70AAAAAAAAAAAAAAAC70C70AAAC71C71C71C71C71C71C71C71C71C71C72C72C72C72C72C72C72C72C72C72\
C73C73C73C73C73C73C73C73C73C73C74C74C74C74C74C74C74C74C74C74C75C75C75C75C75C75C75C75C75C75C7yC7yC7yC7yC7yC7yC7yC7yC7yC7y\
C76C76C76C76C76C76C76C76C76C76C77C77C77C77C77C77C77C77C77C77C78C78C78C78C78C78C78C78C78C78C79C79C79C79C79C79C79C79C79C79\
C7+C7+C7+C7+C7+C7+C7+C7+C7+C7+C7/C7/C7/C7/C7/C7/C7/C7/C7/C7/C8AC8AC8AC8AC8AC8AC8AC8AC8AC8AC8BC8BC8BC8BC8BC8BC8BC8BC8BC8B\
C8CC8CC8CC8CC8CC8CC8CC8CC8CC8CC8DC8DC8DC8DC8DC8DC8DC8DC8DC8DC8EC8EC8EC8EC8EC8EC8EC8EC8EC8EC8FC8FC8FC8FC8FC8FC8FC8FC8FC8F\
C8GC8GC8GC8GC8GC8GC8GC8GC8GC8GC8HC8HC8HC8HC8HC8HC8HC8HC8HC8HC8IC8IC8IC8IC8IC8IC8IC8IC8IC8IC8JC8JC8JC8JC8JC8JC8JC8JC8JC8J\
C8KC8KC8KC8KC8KC8KC8KC8KC8KC8KC8LC8LC8LC8LC8LC8LC8LC8LC8LC8LC8MC8MC8MC8MC8MC8MC8MC8MC8MC8MC8NC8NC8NC8NC8NC8NC8NC8NC8NC8N\
C8OC8OC8OC8OC8OC8OC8OC8OC8OC8OC8PC8PC8PC8PC8PC8PC8PC8PC8PC8PC8QC8QC8QC8QC8QC8QC8QC8QC8QC8QC8RC8RC8RC8RC8RC8RC8RC8RC8RC8R\
C8SC8SC8SC8SC8SC8SC8SC8SC8SC8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8UC8VC8WAAAAAAAAAC8XC8Y\
AAAAAAAAAAAAAAAAAAAAAAAAC8ZC8ZAAAAAAAAAAAAAAAAAAAAAAAAC8aC8ZAAAAAAAAAC8bC8bC8bC8bC8bC8bC8bC8cAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C8dAAAAAAAAAAAAAAAAAAAAAAAAAAAC8eC8fC8fC8fC8fC8fC8fC8fC8fC8fC8gC8gC8gC8gC8gC8gC8gC8gC8gC8gC8hC8hC8hC8hC8hC8hC8hC8hC8hC8h\
C8iAAAAAAAAAAAAAAAAAAAAAAAAAAAC8jAAAAAAAAAAAAAAAAAAAAAAAAAAAC8kC8kC8kC8kC8kC8kC8kC8kC8kC8kC8lC8lC8lC8lC8lC8lC8lC8lC8lC8l\
C8mC8mC8mC8mC8mC8mC8mC8mC8mC8mC8nC8nC8nC8nC8nC8nC8nC8nC8nC8nC8oC8oC8oC8oC8oC8oC8oC8oC8oC8oC8pC8pC8pC8pC8pC8pC8pC8pC8pC8p\
C8qC8qC8qC8qC8qC8qC8qC8qC8qC8qC8rC8rC8rC8rC8rC8rC8rC8rC8rC8rC8sC8sC8sC8sC8sC8sC8sC8sC8sC8sC8tC8tC8tC8tC8tC8tC8tC8tC8tC8t\
C8uC8uC8uC8uC8uC8uC8uC8uC8uC8uC8vC8vC8vC8vC8vC8vC8vC8vC8vC8vC8wC8wC8wC8wC8wC8wC8wC8wC8wC8wC8xC8xC8xC8xC8xC8xC8xC8xC8xC8x\
C8yC8yC8yC8yC8yC8yC8yC8yC8yC8yC8zC8zC8zC8zC8zC8zC8zC8zC8zC8zC80C80C80C80C80C80C80C80C80C80C81C81C81C81C81C81C81C81C81C81\
C82C82C82C82C82C82C82C82C82C82C83C83C83C83C83C83C83C83C83C83C84C84C84C84C84C84C84C84C84C84C85C85C85C85C85C85C85C85C85C85\
C86C86C86C86C86C86C86C86C86C86C87C87C87C87C87C87C87C87C87C87C88C88C88C88C88C88C88C88C88C88C89C89C89C89C89C89C89C89C89C89\
C8+C8+C8+C8+C8+C8+C8+C8+C8+C8+C8/C8/C8/C8/C8/C8/C8/C8/C8/C8/C9AC9AC9AC9AC9AC9AC9AC9AC9AC9AC9BC9BC9BC9BC9BC9BC9BC9BC9BC9B\
C89C89C89C89C89C89C89C89C89C89AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9CC9CC9CC9CC9CC9CC9CC9CC9CC9CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9DC9DC9DC9DC9DC9DC9DC9DC9DC9DC88C88C88C88C88C88C88C88C88C88\
AAAC9FC9GC9HC9IC9JC9KC9LC9MC9NC9OC9OC9OC9OC9OC9OC9OC9OC9OC9OC9PC9PC9PC9PAAAAAAAAAAAAAAAAAAAAAC9PC9PC9PC9PC9PAAAAAAAAAAAA\
C9PAAAC9PC9PC9PAAAAAAC9PC9PC9PAAAC9PC9PC9PAAAAAAAAAAAAAAAAAAC9QC9QC9RAAAC9SC9SAAAAAAAAAC9SAAAAAAC9TAAAC9UC9UAAAAAAAAAAAA\
C9VAAAAAAAAAAAAAAAAAAAAAAAAAAAC9WC9XC9XAAAAAAC9XAAAC9YC9ZC9XC9aC9aC9aC9aC9aC9aC9aC9aC9aC9aC9bC9bC9bC9bC9bC9bC9bC9bC9bC9b\
C9cC9cC9cC9cC9cC9cC9cC9cC9cC9cC9dC9dC9dC9dC9dC9dC9dC9dC9dC9dC9eC9eC9eC9eC9eC9eC9eC9eC9eC9eC9fC9fC9fC9fC9fC9fC9fC9fC9fC9f\
C9gC9gC9gC9gC9gC9gC9gC9gC9gC9gC9hC9hC9hC9hC9hC9hC9hC9hC9hC9hAAAC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9iC9i\
C9iAAAAAAAAAAAAC9jC9iC9iAAAC9iC9kC9kC9kC9kC9kC9kC9kC9kC9kC9kC9lC9lC9lC9lC9lC9lC9lC9lC9lC9lC9mC9mC9mC9mC9mC9mC9mC9mC9mC9m\
C9nC9nC9nC9nC9nC9nC9nC9nC9nC9nC9oC9oC9oC9oC9oC9oC9oC9oC9oC9oC9pC9pC9pC9pC9pC9pC9pC9pC9pC9pC9qC9qC9qC9qC9qC9qC9qC9qC9qC9q\
C9rC9rC9rC9rC9rC9rC9rC9rC9rC9rC9sC9sC9sC9sC9sC9sC9sC9sC9sC9sC9tC9tC9tC9tC9tC9tC9tC9tC9tC9tC9tC9tAAAAAAC9uC9vAAAC9wAAAC9x\
C9yC9yC9yC9yC9yC9yC9yC9yC9yC9yC9zC9zC9zC9zC9zC9zC9zC9zC9zC9zC90C90C90C90C90C90C90C90C90C90C91C91C91C91C91C91C91C91C91C91\
C92C92C92C92C92C92C92C92C92C92C93C93C93C93C93C93C93C93C93C93C94C94C94C94C94C94C94C94C94C94C95C95C95C95C95C95C95C95C95C95\
C96C96C96C96C96C96C96C96C96C96C97C97C97C97C97C97C97C97C97C97AAAAAAAAAAAAC97AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC97AAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAC97AAAAAAAAAAAAAAAAAAAAAC97C97C97AAAC97C98C98C98C98C98C98C98C98C98C98C99C99C99C99C99C99C99C99C99C99\
C9+C9+C9+C9+C9+C9+C9+C9+C9+C9+C9/C9/C9/C9/C9/C9/C9/C9/C9/C9/C+AC+AC+AC+AC+AC+AC+AC+AC+AC+AC+BC+BC+BC+BC+BC+BC+BC+BC+BC+B\
C+CC+CC+CC+CC+CC+CC+CC+CC+CC+CC+DC+DC+DC+DC+DC+DC+DC+DC+DC+DC+EC+EC+EC+EC+EC+EC+EC+EC+EC+EC+FC+FC+FC+FC+FC+FC+FC+FC+FC+F\
C+GC+GC+GC+GC+GC+GC+GC+GC+GC+GC+HC+HC+HC+HC+HC+HC+HC+HC+HC+HC+IC+IC+IC+IC+IC+IC+IC+IC+IC+IC+JC+JC+JC+JC+JC+JC+JC+JC+JC+J\
C+KC+KC+KC+KC+KC+KC+KC+KC+KC+KC+LC+LC+LC+LC+LC+LC+LC+LC+LC+LC+MC+MC+MC+MC+MC+MC+MC+MC+MC+MC+NC+NC+NC+NC+NC+NC+NC+NC+NC+N\
C+OC+OC+OC+OC+OC+OC+OC+OC+OC+OC+PC+PC+PC+PC+PC+PC+PC+PC+PC+PC+QC+QC+QC+QC+QC+QC+QC+QC+QC+QC+RC+RC+RC+RC+RC+RC+RC+RC+RC+R\
C+SC+SC+SC+SC+SC+SC+SC+SC+SC+SC+TC+TC+TC+TC+TC+TC+TC+TC+TC+TC+UC+UC+UC+UC+UC+UC+UC+UC+UC+UC+TC+TC+TC+TC+TC+TC+TC+TC+TC+T\
C+VC+VC+VC+VC+VC+VC+VC+VC+VC+VC+WC+WC+WC+WC+WC+WC+WC+WC+WC+WC+XC+XC+XC+XC+XC+XC+XC+XC+XC+XC+YC+YC+YC+YC+YC+YC+YC+YC+YC+Y\
C+ZC+ZC+ZC+ZC+ZC+ZC+ZC+ZC+ZC+ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+RC+RC+RC+RC+RC+RC+RC+RC+RC+RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C+VC+VC+VC+VC+VC+VC+VC+VC+VC+VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+aC+aC+aC+aC+aC+aC+aC+aC+aC+a\
C+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bC+bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAC+dC+dC+eC+fC+gC+hC+eC+iC+jAAAAAAC+kC+kC+kC+kC+kC+kC+kAAAC+lC+lC+kC+kC+kC+kC+kC+kC+kAAAC+lC+lC+kC+lC+kC+kC+kC+kC+kAAA\
AAAC+lC+kC+kC+kC+kC+kC+kC+kC+mAAAAAAAAAAAAC+lC+nAAAAAAC+lC+lC+oC+pC+qC+rAAAAAAAAAAAAAAAC+sC+tAAAAAAAAAAAAAAAAAAAAAAAAAAA\
C+uC+uC+uC+uC+uC+uC+uC+uC+uC+uC+vC+vC+vC+vC+vC+vC+vC+vC+vC+vC+wC+wC+wC+wC+wC+wC+wC+wC+wC+wAAAC+vAAAAAAAAAC+xC+yC+vC+vAAA\
C+zC+zC+zC+zC+zC+zC+zC+zC+zC+zAAAAAAAAAAAAAAAAAAC+wC+wC+0AAAC+wAAAC+1AAAAAAAAAAAAAAAC+2AAAAAAAAAAAAC+wAAAAAAAAAAAAC+wC+w\
AAAC+3C+3C+3AAAAAAAAAAAAAAAAAAC+4C+4C+4C+4C+4C+4C+4C+4C+4C+4C+5C+5C+5C+5C+5C+5C+5C+5C+5C+5C+6C+6C+6C+6C+6C+6C+6C+6C+6C+6\
C+7C+7C+7C+7C+7C+7C+7C+7C+7C+7AAAAAAAAAAAAAAAC+6C+6AAAAAAAAAC+6C+6AAAAAAAAAAAAAAAAAAAAAAAAC+8C+8C+8C+8C+8C+8C+8C+8C+8C+8\
C+7C+7C+7C+7C+7C+7AAAAAAC+7C+7C+7C+7C+7C+7AAAAAAAAAC+7C+7C+7C+7C+7C+7AAAC+7AAAAAAAAAC+7C+7C+9C+9C+9C+9C+9C+9C+9C+9C+9C+9\
C++C++C++C++C++C++C++C++C++C++C+/C+/C+/C+/C+/C+/C+/C+/C+/C+/C/AC/AC/AC/AC/AC/AC/AC/AC/AC/AC/BC/BC/BC/BC/BC/BC/BC/BC/BC/B\
C/CC/CC/CC/CC/CC/CC/CC/CC/CC/CC/DC/DC/DC/DC/DC/DC/DC/DC/DC/DC/EC/EC/EC/EC/EC/EC/EC/EC/EC/EC/FC/FC/FC/FC/FC/FC/FC/FC/FC/F\
C/GC/GC/GC/GC/GC/GC/GC/GC/GC/GC/HC/HC/HC/HC/HC/HC/HC/HC/HC/HC/IC/IC/IC/IC/IC/IC/IC/IC/IC/IC/JC/JC/JC/JC/JC/JC/JC/JC/JC/J\
C/JC/JC/JC/JC/JC/JC/JC/JC/JC/JC/KC/KC/KC/KC/KC/KC/KC/KC/KC/KC/LC/LC/LC/LC/LC/LC/LC/LC/LC/LC/MC/MC/MC/MC/MC/MC/MC/MC/MC/M\
C/NC/NC/NC/NC/NC/NC/NC/NC/NC/NC/OC/OC/OC/OC/OC/OC/OC/OC/OC/OC/PC/PC/PC/PC/PC/PC/PC/PC/PC/PC/QC/QC/QC/QC/QC/QC/QC/QC/QC/Q\
C/RC/RC/RC/RC/RC/RC/RC/RC/RC/RC/SC/SC/SC/SC/SC/SC/SC/SC/SC/SC/TC/TC/TC/TC/TC/TC/TC/TC/TC/TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAC/VC/WC/XC/YC/ZC/aC/bC/cC/dC/eC/eC/fC/cC/cC/cC/gC/cAAAAAAAAAAAAAAAAAAAAAAAAAAAC/hC/iC/cC/jC/cC/kC/lC/jC/mC/jC/f\
C/nC/oC/oC/oC/pC/oC/oC/qAAAAAAC/rAAAAAAAAAAAAAAAAAAAAAAAAAAAC/sC/tC/tAAAAAAAAAAAAAAAC/sAAAC/uAAAC/uAAAC/uAAAC/uAAAAAAAAA\
AAAAAAC/vC/vC/vC/vC/vC/vC/vC/vAAAAAAAAAAAAC/vC/vAAAC/vAAAC/vAAAAAAC/vAAAC/vC/vC/vC/vC/vC/vAAAAAAC/vC/vC/vAAAC/vAAAC/vC/v\
AAAAAAC/vAAAC/vC/vAAAC/vC/vC/vAAAAAAC/vC/vC/vC/vAAAC/vAAAC/vAAAAAAC/vC/vC/vAAAAAAAAAAAAC/vAAAAAAC/vC/vC/vAAAC/vC/vAAAC/v\
AAAAAAAAAAAAC/vAAAC/vAAAC/vC/vAAAAAAC/vC/vC/vC/vC/vC/vAAAC/vAAAAAAC/vC/vC/vC/vC/vAAAAAAC/vAAAAAAAAAC/oC/wAAAAAAAAAAAAAAA\
C/xC/xC/xC/xC/xC/xC/xC/xC/xC/xAAAAAAAAAAAAC/oAAAAAAAAAAAAAAAC/oC/oC/oC/oC/oC/oC/oC/oC/oC/oAAAAAAC/yC/zAAAC/0C/0AAAAAAAAA\
C/1C/1C/1C/1C/1C/1C/1C/1C/1C/1C/2C/2C/2C/2C/2C/2C/2C/2C/2C/2C/3C/3C/3C/3C/3C/3C/3C/3C/3C/3C/4C/4C/4C/4C/4C/4C/4C/4C/4C/4\
C/xAAAAAAAAAAAAAAAAAAAAAAAAAAAC/5C/5C/5C/5C/5C/5C/5C/5C/5C/5C/6C/6C/6C/6C/6C/6AAAAAAAAAAAAC/6C/6C/7C/7C/6C/7C/6AAAAAAAAA\
C/6AAAAAAAAAAAAAAAAAAAAAAAAAAAC/8C/8C/8C/8C/8C/8C/8C/8C/8C/8C/9C/9C/9C/9C/9C/9C/9C/9C/9C/9C/+C/+C/+C/+C/+C/+C/+C/+C/+C/+\
C//C//C//C//C//C//C//C//C//C//DAADAADAADAADAADAADAADAADAADAADABDABDABDABDABDABDABDABDABDABDABAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DACDACDACDACDACDACDACDACDACDACDADDADDADDADDADDADDADDADDADDADDAEDAEDAEDAEDAEDAEDAEDAEDAEDAEDAFDAFDAFDAFDAFDAFDAFDAFDAFDAF\
DAGDAGDAGDAGDAGDAGDAGDAGDAGDAGDAHDAHDAHDAHDAHDAHDAHDAHDAHDAHDAIDAIDAIDAIDAIDAIDAIDAIDAIDAIDAJDAJDAJDAJDAJDAJDAJDAJDAJDAJ\
DAKDAKDAKDAKDAKDAKDAKDAKDAKDAKDALDALDALDALDALDALDALDALDALDALDAMDAMDAMDAMDAMDAMDAMDAMDAMDAMDANDANDANDANDANDANDANDANDANDAN\
DAODAODAODAODAODAODAODAODAODAODAPDAPDAPDAPDAPDAPDAPDAPDAPDAPDAQDAQDAQDAQDAQDAQDAQDAQDAQDAQDARDARDARDARDARDARDARDARDARDAR\
DASDASDASDASDASDASDASDASDASDASDATDATDATDATDATDATDATDATDATDATDAUDAUDAUDAUDAUDAUDAUDAUDAUDAUDAVDAVDAVDAVDAVDAVDAVDAVDAVDAV\
DAWDAWDAWDAWDAWDAWDAWDAWDAWDAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAYDAZDAaDAbAAADAcDAdAAA\
DAeDAeDAeDAeAAADAfDAgDAhDAiAAAAAADAjDAkDAkDAlAAAAAAAAAAAAAAAAAAAAADAkDAmDAjDAnDAoDApDAqAAADArDArDArDArDArDArDArDArDArDAr\
DAsDAsDAsDAtDAuDAsDAsDAsDAsDAvDAwDAxDAxDAxDAxDAxDAxDAxDAxDAxDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyDAyAAADAyDAyAAA\
DAyDAyDAzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAzAAAAAAAAAAAADAyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAyDAyDAyDAyAAADAyAAA\
AAAAAADAyDAyDAyDAyDAyAAADAyAAAAAAAAADAyDAyDA0DAyDAyDA1DAyAAAAAAAAADAyDAyDAyDAyDAyDA1DAyAAAAAAAAADAyAAADA2DAyDAyDA1DAyAAA\
AAAAAADAyAAADA2DAyDAyDAyDAyAAAAAAAAADAyAAADAyDAyDAyDA1DAyAAAAAAAAAAAAAAADAyDAyDAyAAADAyAAADA3DA3DA3DA3DA3DA3DA3DA3DA3DA3\
DA4DA4DA4DA4DA4DA4DA4DA4DA4DA4AAADA4DA4DA4DA4DA5DA6DA4DA4AAAAAAAAADA4AAAAAAAAADA7DA8AAAAAADA9DA9DA4DA4DA4DA6AAADA+AAADA9\
DA/DBADBADBADBADBADBADBADBADBADBADBADBADBADBADBADBADBADBADBADBBDBBDBBDBBDBBDBBDBBDBBDBBDBBDBBAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAADBBAAAAAAAAAAAAAAADBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADBCAAAAAAAAAAAAAAADBDDBDDBDDBDDBDDBDDBDDBDDBDDBD\
DBEDBEDBEDBEDBEDBEDBEDBEDBEDBEAAAAAAAAAAAAAAADBFAAAAAAAAAAAADBEDBEAAAAAAAAAAAAAAAAAAAAAAAADBEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DBEDBEAAAAAADBGDBEAAADBEDBEAAAAAAAAAAAAAAAAAAAAAAAADBGAAAAAADBEDBEAAAAAAAAADBEAAAAAAAAAAAADBHDBHDBHDBHDBHDBHDBHDBHDBHDBH\
DBIDBIDBIDBIDBIDBIDBIDBIDBIDBIDBJDBJDBJDBJDBJDBJDBJDBJDBJDBJDBJAAAAAAAAAAAAAAAAAAAAAAAAAAADBKDBKDBKDBKDBKDBKDBKDBKDBKDBK\
DBLDBLDBLDBLDBLDBLDBLDBLDBLDBLAAAAAAAAAAAAAAADBLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADBLAAAAAADBMDBMDBMDBMDBMDBMDBMDBMDBMDBM\
DBNDBNDBNDBNDBNDBNDBNDBNDBNDBNDBODBODBODBODBODBODBODBODBODBODBPDBPDBPDBPDBPDBPDBPDBPDBPDBPDBQDBQDBQDBQDBQDBQDBQDBQDBQDBQ\
DBRDBRDBRDBRDBRDBRDBRDBRDBRDBRDBSDBSDBSDBSDBSDBSDBSDBSDBSDBSDBTDBTDBTDBTDBTDBTDBTDBTDBTDBTDBUDBUDBUDBUDBUDBUDBUDBUDBUDBU\
DBVDBVDBVDBVDBVDBVDBVDBVDBVDBVDBWDBWDBWDBWDBWDBWDBWDBWDBWDBWDBXDBXDBXDBXDBXDBXDBXDBXDBXDBXDBYDBYDBYDBYDBYDBYDBYDBYDBYDBY\
DBZDBZDBZDBZDBZDBZDBZDBZDBZDBZDBaDBaDBaDBaDBaDBaDBaDBaDBaDBaDBbDBbDBbDBbDBbDBbDBbDBbDBbDBbDBcDBcDBcDBcDBcDBcDBcDBcDBcDBc\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADBeDBfDBgDBhDBiDBjDBkDBlDBmDBmDBmDBmDBmDBmDBmDBmDBmDBmAAADBmDBmAAAAAADBmAAADBmDBmDBm\
AAADBmAAAAAAAAAAAADBmDBmDBmDBmAAADBmAAADBmDBmDBmDBmDBmDBmDBmDBnAAAAAAAAAAAAAAAAAAAAAAAAAAADBoDBpDBqDBqAAAAAAAAADBqAAADBq\
DBrDBsAAADBsDBsAAAAAAAAAAAAAAADBtDBuAAADBvAAADBwDBxDByAAAAAADBzDBzDBzDBzDBzDBzDBzDBzDBzDBzAAADB0DB0DB0DB0DB0DB0DB0DB0AAA\
DB1DB1DB0DB0DB0DB0DB2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB0DB3AAAAAAAAAAAAAAAAAAAAAAAAAAA\
DB4DB4DB4DB4DB4DB4DB4DB4DB4DB4DB5AAAAAAAAAAAADB5DB5AAADB5DB5DB6AAAAAAAAAAAAAAAAAAAAAAAAAAADB7DB7DB7DB7DB7DB7DB7DB7DB7DB7\
DB8DB8DB8DB8DB8DB8DB8DB8DB8DB8DB9DB9DB9DB9DB9DB9DB9DB9DB9DB9DB6AAADB8DB8DB8AAADB5AAAAAAAAADB+DB+DB+DB+DB+DB+DB+DB+DB+DB+\
DB/DB/DB/DB/DB/DB/DB/DB/DB/DB/DCADCADCADCADCADCADCADCADCADCADB/AAAAAAAAAAAAAAAAAAAAAAAAAAADCBDCBDCBDCBDCBDCBDCBDCBDCBDCB\
DCCDCCDCCDCCDCCDCCDCCDCCDCCDCCDCDDCDDCDDCDDCDDCDDCDDCDDCDDCDDCEDCEDCEDCEDCEDCEDCEDCEDCEDCEDCFDCFDCFDCFDCFDCFDCFDCFDCFDCF\
DCGDCGDCGDCGDCGDCGDCGDCGDCGDCGDCHDCHDCHDCHDCHDCHDCHDCHDCHDCHDCIDCIDCIDCIDCIDCIDCIDCIDCIDCIDCJDCJDCJDCJDCJDCJDCJDCJDCJDCJ\
DCKDCKDCKDCKDCKDCKDCKDCKDCKDCKDCLDCLDCLDCLDCLDCLDCLDCLDCLDCLDCMDCMDCMDCMDCMDCMDCMDCMDCMDCMDCNDCNDCNDCNDCNDCNDCNDCNDCNDCN\
DCODCODCODCODCODCODCODCODCODCODCPDCPDCPDCPDCPDCPDCPDCPDCPDCPDCQDCQDCQDCQDCQDCQDCQDCQDCQDCQDCRDCRDCRDCRDCRDCRDCRDCRDCRDCR\
DCSDCSDCSDCSDCSDCSDCSDCSDCSDCSDCTDCTDCTDCTDCTDCTDCTDCTDCTDCTDCUDCUDCUDCUDCUDCUDCUDCUDCUDCUDCVDCVDCVDCVDCVDCVDCVDCVDCVDCV\
DCWDCWDCWDCWDCWDCWDCWDCWDCWDCWDCXDCXDCXDCXDCXDCXDCXDCXDCXDCXDCYDCYDCYDCYDCYDCYDCYDCYDCYDCYDCZDCZDCZDCZDCZDCZDCZDCZDCZDCZ\
DCaDCaDCaDCaDCaDCaDCaDCaDCaDCaDCbDCbDCbDCbDCbDCbDCbDCbDCbDCbDCcDCcDCcDCcDCcDCcDCcDCcDCcDCcDCdDCdDCdDCdDCdDCdDCdDCdDCdDCd\
DCeDCeDCeDCeDCeDCeDCeDCeDCeDCeDCfDCfDCfDCfDCfDCfDCfDCfDCfDCfDCgDCgDCgDCgDCgDCgDCgDCgDCgDCgDChDChDChDChDChDChDChDChDChDCh\
DCiDCiDCiDCiDCiDCiDCiDCiDCiDCiDCjDCjDCjDCjDCjDCjDCjDCjDCjDCjDCkDCkDCkDCkDCkDCkDCkDCkDCkDCkDClDClDClDClDClDClDClDClDClDCl\
DCmDCmDCmDCmDCmDCmDCmDCmDCmDCmDCnDCnDCnDCnDCnDCnDCnDCnDCnDCnDCoDCoDCoDCoDCoDCoDCoDCoDCoDCoDCpDCpDCpDCpDCpDCpDCpDCpDCpDCp\
DCqDCqDCqDCqDCqDCqDCqDCqDCqDCqDCrDCrDCrDCrDCrDCrDCrDCrDCrDCrDCsDCsDCsDCsDCsDCsDCsDCsDCsDCsDCtDCtDCtDCtDCtDCtDCtDCtDCtDCt\
DCuDCuDCuDCuDCuDCuDCuDCuDCuDCuDCvDCvDCvDCvDCvDCvDCvDCvDCvDCvDCwDCwDCwDCwDCwDCwDCwDCwDCwDCwDCxDCxDCxDCxDCxDCxDCxDCxDCxDCx\
DCyDCyDCyDCyDCyDCyDCyDCyDCyDCyDCzDCzDCzDCzDCzDCzDCzDCzDCzDCzDC0DC0DC0DC0DC0DC0DC0DC0DC0DC0DC1DC1DC1DC1DC1DC1DC1DC1DC1DC1\
DC2DC2DC2DC2DC2DC2DC2DC2DC2DC2DC3DC3DC3DC3DC3DC3DC3DC3DC3DC3DC4DC4DC4DC4DC4DC4DC4DC4DC4DC4DC5DC5DC5DC5DC5DC5DC5DC5DC5DC5\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC6DC6DC6DC6DC6DC6DC6DC6DC6DC6\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC7DC7DC7DC7DC7DC7DC7DC7DC7DC7DC8DC8DC8DC8DC8DC8DC8DC8DC8DC8DC9DC9DC9DC9DC9DC9DC9DC9DC9DC9\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC8DC8DC8DC8DC8DC8DC8DC8DC8DC8AAAAAADC/DDADDADDADDBAAADDCDDDAAADDEDDFDDFDDFDDFDDFDDFDDFDDF\
AAADDGDDGDDGDDGDDGDDGDDGDDGAAADDHAAAAAAAAAAAADDIAAAAAAAAADDJDDKDDLAAAAAAAAADDMDDMDDMDDMDDMDDNDDOAAAAAADDPDDQDDRDDSDDSAAA\
AAAAAAAAAAAAAAAAAADDTDDUAAAAAADDVDDVDDVDDVDDVDDVDDVDDVDDVDDVDDVDDWDDVDDVDDVDDVDDVDDVDDVDDVAAADDXDDYAAAAAAAAAAAAAAAAAAAAA\
DDYDDYDDYDDYDDYAAAAAAAAAAAAAAADDYDDYDDYDDYDDYDDYDDYAAAAAAAAADDZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADDV\
DDaDDaDDaDDaDDaDDaDDaDDaDDaDDaDDbDDcDDcDDcDDcDDcDDcDDcDDcDDdDDcDDcDDcAAADDcDDcDDcDDcDDcDDcDDcAAAAAADDcDDcDDcAAADDcDDcDDc\
DDcDDcDDcDDcDDcDDcDDcDDcDDcDDcDDeDDeDDeDDeDDeDDeDDeDDeDDeDDeDDbDDbDDbDDbDDbDDbDDbDDbDDbDDbDDfDDfDDfDDfDDfDDfDDfDDfDDfDDf\
DDgDDgDDgDDgDDgDDgDDgDDgDDgDDgDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDhDDiDDjDDhDDhAAADDhDDhDDhDDhDDhAAAAAAAAAAAA\
DDkDDkDDkDDkDDkDDkDDkDDkDDkDDkDDlDDlDDlDDlDDlDDlDDlDDlDDlDDlDDmDDmDDmDDmDDmDDmDDmDDmDDmDDmDDnDDnDDnDDnDDnDDnDDnDDnDDnDDn\
DDoDDoDDoDDoDDoDDoDDoDDoDDoDDoDDpDDoDDoDDoDDoDDoDDoDDoDDoDDoDDqDDqDDqDDqDDqDDqDDqDDqDDqDDqDDrDDrDDrDDrDDrDDrDDrDDrDDrDDr\
DDsDDsDDsDDsDDsDDsDDsDDsDDsDDsDDtDDtDDtDDtDDtDDtDDtDDtDDtDDtDDuDDuDDuDDuDDuDDuDDuDDuDDuDDuDDvDDvDDvDDvDDvDDvDDvDDvDDvDDv\
DDwDDwDDwDDwDDwDDwDDwDDwDDwDDwDDxDDxDDxDDxDDxDDxDDxDDxDDxDDxDDyDDyDDyDDyDDyDDyDDyDDyDDyDDyDDzDDzDDzDDzDDzDDzDDzDDzDDzDDz\
DD0DD0DD0DD0DD0DD0DD0DD0DD0DD0DD1DD1DD1DD1DD1DD1DD1DD1DD1DD1DD2DD2DD2DD2DD2DD2DD2DD2DD2DD2DD3DD3DD3DD3DD3DD3DD3DD3DD3DD3\
DD4DD4DD4DD4DD4DD4DD4DD4DD4DD4DDUDDUDDUDDUDDUDDUDDUDDUDDUDDUDD5DD5DD5DD5DD5DD5DD5DD5DD5DD5DD6DD6DD6DD6DD6DD6DD6DD6DD6DD6\
DD7DD7DD7DD7DD7DD7DD7DD7DD7DD7DD8DD8DD8DD8DD8DD8DD8DD8DD8DD8DD9DD9DD9DD9DD9DD9DD9DD9DD9DD9DD+DD+DD+DD+DD+DD+DD+DD+DD+DD+\
DD/DD/DD/DD/DD/DD/DD/DD/DD/DD/DEADEADEADEADEADEADEADEADEADEADEBDEBDEBDEBDEBDEBDEBDEBDEBDEBDD4DD4DD4DD4DD4DD4DD4DD4DD4DD4\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDECDEDDEDDEDDEDDEDDEDDEDDEDDEDDED\
DEEDEEDEEDEEDEEDEEDEEDEEDEEDEEDEFDEFDEFDEFDEFDEFDEFDEFDEFDEFDEGDEGDEGDEGDEGDEGDEGDEGDEGDEGDEHDEHDEHDEHDEHDEHDEHDEHDEHDEH\
DEIDEIDEIDEIDEIDEIDEIDEIDEIDEIDEJDEJDEJDEJDEJDEJDEJDEJDEJDEJDDsDDsDDsDDsDDsDDsDDsDDsDDsDDsDEKDEKDEKDEKDEKDEKDEKDEKDEKDEK\
DELDELDELDELDELDELDELDELDELDELDEMDEMDEMDEMDEMDEMDEMDEMDEMDEMDENDENDENDENDENDENDENDENDENDENDEODEODEODEODEODEODEODEODEODEO\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEPDEPDEPDEPDEPDEPDEPDEPDEPDEPDEQDEQDEQDEQDEQDEQDEQDEQDEQDEQDERDERDERDERDERDERDERDERDERDER\
DESDESDESDESDESDESDESDESDESDESDETDETDETDETDETDETDETDETDETDETDEUDEUDEUDEUDEUDEUDEUDEUDEUDEUDEVDEVDEVDEVDEVDEVDEVDEVDEVDEV\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEXDEYAAAAAADEZDEaDEbDEcDEdDEeDEfDEgAAAAAADEhAAAAAADEi\
AAAAAADEjDEkDEjAAAAAADElDEmDEnAAAAAAAAAAAADEoDEpDEqAAAAAADErAAAAAAAAADEsDEtDEuAAADEsDEsDEsDEvAAAAAAAAAAAAAAAAAADEwAAAAAA\
DExAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEyAAAAAAAAAAAADEyAAAAAADEyAAADEyAAADEyAAAAAAAAAAAAAAA\
DEyDEyDEyDEyDEyDEyDEyDEyDEyDEyDEyAAADEyDEyDEyDEyAAADEyDEyAAADEyAAAAAAAAAAAAAAADEyAAAAAAAAADEyAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAADEyAAAAAAAAAAAAAAAAAADEyDEyAAADEyAAADEyDEyDEyAAAAAADEyAAAAAAAAADEyAAAAAAAAADEyAAADEyAAADEyAAAAAAAAADEyAAAAAADEy\
AAAAAAAAAAAAAAADEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDEzDE0DEzDE1DEzDEzDEzDE2DEzAAAAAAAAAAAAAAAAAAAAAAAADE3AAAAAA\
DE4DE4DE4DE4DE4DE4DE4DE4DE4DE4AAAAAADE4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE4AAAAAAAAADE5AAAAAAAAAAAAAAAAAAAAAAAADE6\
DE7AAAAAAAAAAAAAAAAAAAAAAAAAAADE8DE9AAAAAAAAAAAADE+AAAAAAAAADE/DE/DE/DE/DE/DE/DE/DE/DE/DE/DEsDEsDEsDEsDEsDEsDEsDEsDEsDEs\
DEsDEsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEsDEsDEsDEsAAADEsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFADFBAAADFCDFCAAA\
DFDDFDDFDDFDDFDDFDDFDDFDDFDDFDAAAAAADFEAAAAAADFFAAAAAAAAAAAADFGDFGDFGDFGDFGDFGDFGDFGDFGDFGAAAAAADFHAAAAAAAAAAAAAAADFIAAA\
AAAAAADFJAAAAAAAAAAAAAAAAAAAAAAAAAAADFKDFLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFMAAAAAAAAADFNDFNDFNDFNDFNDFNDFNDFNDFNDFN\
AAAAAADFOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFOAAAAAAAAADFODFODFODFODFODFODFODFODFODFODFPDFPDFPDFPDFPDFPDFPDFPDFPDFP\
AAAAAADFQAAAAAAAAAAAAAAADFQAAADE6DE6DE6DE6DE6DE6DE6DE6DE6DE6DFQDFQDFQDFQDFQDFQDFQDFQDFQDFQAAAAAAAAAAAAAAAAAAAAAAAADFRAAA\
AAAAAAAAAAAAAAAAAAAAADFRAAAAAAAAAAAADFSAAAAAADFSAAAAAADFSAAAAAAAAAAAADFSAAAAAAAAAAAAAAAAAAAAADFSAAAAAADFSAAAAAAAAAAAAAAA\
AAADFSAAADFSAAAAAADFSAAAAAAAAADFTDFTDFTDFTDFTDFTDFTDFTDFTDFTDFUDFUDFUDFUDFUDFUDFUDFUDFUDFUDFVDFVDFVDFVDFVDFVDFVDFVDFVDFV\
DFWDFWDFWDFWDFWDFWDFWDFWDFWDFWDFXDFXDFXDFXDFXDFXDFXDFXDFXDFXDFYDFYDFYDFYDFYDFYDFYDFYDFYDFYDFZDFZDFZDFZDFZDFZDFZDFZDFZDFZ\
DFaDFaDFaDFaDFaDFaDFaDFaDFaDFaDFbDFbDFbDFbDFbDFbDFbDFbDFbDFbDFcDFcDFcDFcDFcDFcDFcDFcDFcDFcDFdDFdDFdDFdDFdDFdDFdDFdDFdDFd\
DFeDFeDFeDFeDFeDFeDFeDFeDFeDFeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFfDFfDFfDFfDFfDFfDFfDFfDFfDFfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFgDFgDFgDFgDFgDFgDFgDFgDFgDFg\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADFiDFiDFiDFjDFjDFiAAAAAADFkDFkDFkDFkDFkDFkDFkDFkDFkDFkDFlDFlDFlDFlDFlDFlDFlDFlDFlDFl\
DFmDFmDFmDFmDFmDFmDFmDFmDFmDFmDFnDFnDFnDFnDFnDFnDFnDFnDFnDFnDFoDFoDFoDFoDFoDFoDFoDFoDFoDFoDFpDFpDFpDFpDFpDFpDFpDFpDFpDFp\
DFqDFqDFqDFqDFqDFqDFqDFqDFqDFqDFrDFrDFrDFrDFrDFrDFrDFrDFrDFrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DFtAAADFuDFvDFvDFvDFwDFxDFvAAAAAAAAAAAAAAAAAAAAAAAAAAADFyAAADFzAAADFzDF0AAAAAADF1AAADF1AAADFzAAADFzAAAAAAAAADF1AAADF1AAA\
DF2DF2DF2DF2AAADF2DF2DF2AAAAAADFzAAADFzDF3AAAAAADF1AAADF1AAADF4AAAAAAAAAAAAAAAAAAAAAAAAAAADF5DF5DF5DF5DF5DF5DF5DF5DF5DF5\
AAAAAAAAAAAAAAAAAADF5AAAAAAAAADF5AAAAAAAAAAAAAAAAAAAAAAAAAAADF6DF6DF6DF6DF6DF6DF6DF6DF6DF6AAAAAADF5AAAAAAAAAAAAAAAAAAAAA\
DF7AAAAAAAAAAAAAAAAAAAAAAAAAAADF8DF8DF8DF8DF8DF8DF8DF8DF8DF8DF9DF9DF9DF9DF9DF9DF9DF9DF9DF9DF+DF+DF+DF+DF+DF+DF+DF+DF+DF+\
DF/DF/DF/DF/DF/DF/DF/DF/DF/DF/DGADGADGADGADGADGADGADGADGADGADGBDGBDGBDGBDGBDGBDGBDGBDGBDGBDGCDGCDGCDGCDGCDGCDGCDGCDGCDGC\
DGDDGDDGDDGDDGDDGDDGDDGDDGDDGDDGEDGEDGEDGEDGEDGEDGEDGEDGEDGEDGFDGFDGFDGFDGFDGFDGFDGFDGFDGFDGGDGGDGGDGGDGGDGGDGGDGGDGGDGG\
DGHDGHDGHDGHDGHDGHDGHDGHDGHDGHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGIDGIDGIDGIDGIDGIDGIDGIDGIDGI\
DGJDGJDGJDGJDGJDGJDGJDGJDGJDGJDGKDGKDGKDGKDGKDGKDGKDGKDGKDGKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGMDGNDGODGODGODGNDGNDGPAAA\
AAAAAAAAAAAAAAAAAAAAAAAADGQDGRAAAAAADGSDGSDGSDGSDGSDGSDGSDGSDGTDGTDGTDGTDGTDGTDGTDGTDGTDGTDGUAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DGVDGVAAAAAAAAAAAAAAAAAAAAAAAADGWDGWDGWDGWDGWDGWDGWDGWDGWDGWDGXDGXDGXDGXDGXDGXDGXDGXDGXDGXDGYDGYDGYDGYDGYDGYDGYDGYDGYDGY\
DGYDGYDGYDGYDGYAAAAAAAAAAAAAAADGZDGZDGZDGZDGZDGZDGZDGZDGZDGZDGaDGaDGaDGaDGaDGaDGaDGaDGaDGaDGbDGbDGbDGbDGbDGbDGbDGbDGbDGb\
DGcDGcDGcDGcDGcDGcDGcDGcDGcDGcDGdDGdDGdDGdDGdDGdDGdDGdDGdDGdDGeDGeDGeDGeDGeDGeDGeDGeDGeDGeDGfDGfDGfDGfDGfDGfDGfDGfDGfDGf\
DGgDGgDGgDGgDGgDGgDGgDGgDGgDGgDGhDGhDGhDGhDGhDGhDGhDGhDGhDGhDGiDGiDGiDGiDGiDGiDGiDGiDGiDGiDGjDGjDGjDGjDGjDGjDGjDGjDGjDGj\
DGkDGkDGkDGkDGkDGkDGkDGkDGkDGkDGlDGlDGlDGlDGlDGlDGlDGlDGlDGlDGmDGmDGmDGmDGmDGmDGmDGmDGmDGmDGnDGnDGnDGnDGnDGnDGnDGnDGnDGn\
DGoDGoDGoDGoDGoDGoDGoDGoDGoDGoDGpDGpDGpDGpDGpDGpDGpDGpDGpDGpDGqDGqDGqDGqDGqDGqDGqDGqDGqDGqDGrDGrDGrDGrDGrDGrDGrDGrDGrDGr\
DGsDGsDGsDGsDGsDGsDGsDGsDGsDGsDGtDGtDGtDGtDGtDGtDGtDGtDGtDGtDGuDGuDGuDGuDGuDGuDGuDGuDGuDGuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGvDGvDGvDGvDGvDGvDGvDGvDGvDGvDGwDGwDGwDGwDGwDGwDGwDGwDGwDGwDGxDGxDGxDGxDGxDGxDGxDGxDGxDGx\
DGyDGyDGyDGyDGyDGyDGyDGyDGyDGyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG0AAAAAADG1DG1DG1DG2DG3\
AAADG4DG4DG4DG4DG4DG4DG5DG6DG4DG7DG7DG7DG7DG7DG7DG7DG7DG7DG7DG8AAAAAAAAAAAAAAAAAAAAAAAAAAADG9AAAAAAAAAAAAAAAAAAAAAAAAAAA\
DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG+DG/DG+DG+DG+DG+DG+DG+DG+DG+DG+DHADHBDHBDHBDHBDHBDHBDHBDHBDHBDHB\
DHCDHDAAAAAAAAAAAAAAAAAAAAAAAADHEAAAAAAAAAAAAAAAAAAAAAAAAAAADHFDHFDHFDHFDHFDHFDHFDHFDHFDHFDHGDHFDHFDHFDHFDHFDHFDHFDHFDHF\
DHHDHFDHFDHFDHFDHFDHFDHFDHFDHFDHIDHIDHIDHIDHIDHIDHIDHIDHIDHIDHJDHJDHJDHJDHJDHJDHJDHJDHJDHJDHKDHKDHKDHKDHKDHKDHKDHKDHKDHK\
DHLDHLDHLDHLDHLDHLDHLDHLDHLDHLDHMDHMDHMDHMDHMDHMDHMDHMDHMDHMDHMAAAAAADHMDHMAAAAAADHMDHMDHMDHMAAADHMAAADHMDHMAAAAAADHMDHM\
DHNDHNDHNDHNDHNDHNDHNDHNDHNDHNDHODHODHODHODHODHODHODHODHODHODHPDHPDHPDHPDHPDHPDHPDHPDHPDHPDHQDHQDHQDHQDHQDHQDHQDHQDHQDHQ\
DHRDHRDHRDHRDHRDHRDHRDHRDHRDHRDHSDHSDHSDHSDHSDHSDHSDHSDHSDHSDHTDHTDHTDHTDHTDHTDHTDHTDHTDHTDHUDHUDHUDHUDHUDHUDHUDHUDHUDHU\
DHVDHVDHVDHVDHVDHVDHVDHVDHVDHVDHWDHWDHWDHWDHWDHWDHWDHWDHWDHWDHXDHXDHXDHXDHXDHXDHXDHXDHXDHXDHYDHYDHYDHYDHYDHYDHYDHYDHYDHY\
DHZDHZDHZDHZDHZDHZDHZDHZDHZDHZDHaDHaDHaDHaDHaDHaDHaDHaDHaDHaDHbDHbDHbDHbDHbDHbDHbDHbDHbDHbDHcDHcDHcDHcDHcDHcDHcDHcDHcDHc\
DHKDHKDHKDHKDHKDHKDHKDHKDHKDHKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADHdDHdDHdDHdDHdDHdDHdDHdDHdDHdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADHeDHeDHeDHeDHeDHeDHeDHeDHeDHeDHfDHfDHfDHfDHfDHfDHfDHfDHfDHfDHgDHgDHgDHgDHgDHgDHgDHgDHgDHg\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADHiDHjAAAAAAAAADHjDHkDHjAAAAAADHlAAADHmDHnDHoDHpDHqAAADHrDHrDHrDHrDHrDHrDHrDHrDHrDHr\
DHsDHrDHrDHrDHrDHrDHrDHrDHrDHrDHtDHuDHvDHvDHwDHxDHyDHzDH0DH1DH2AAADH3DH4DH5DH6AAAAAADH7AAADH8DH9AAAAAADH+DHvDH/DIADH7AAA\
DHvDIBDICDIDDIEDHvDHvDIFDIFDIGDIHAAADIGAAAAAAAAADIIDIJDIKDILAAAAAAAAAAAAAAAAAAAAADIMDINDIODIPDIPDIPDIPDIPDIPDIPDIPDIPDIP\
DIQDIPDIPDIPDIPDIPDIPDIPDIPDIPDIRDIRDIRDIRDIRDIRAAAAAAAAADIRAAADIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIR\
DIRAAADIRDIRDIRDIRDIRDIRDIRAAAAAAAAAAAAAAAAAADIRAAADIRAAAAAAAAAAAADIRAAADIRDIRAAAAAADIRAAADIRDIRAAADIRAAADIRDIRAAADIRDIR\
DIRDIRAAADIRDIRAAADIRDIRDIRDIRDIRDIRDIRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIRAAADIRDIRAAAAAAAAAAAADIRDIRDIRAAAAAAAAADIR\
AAADIRAAADIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRDIRAAADIRAAAAAADIRDIRDIRAAADIRAAAAAADIRDIRDIRAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAADIRDIRAAADIRAAADIRDIRDIRAAADIRDIRDIRDIRDIRDIRAAAAAAAAADIRAAAAAADIRDIRDIRAAAAAADIRAAADIRDIRAAAAAADIRDIRDIRAAAAAADIR\
DIRAAAAAAAAADIRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIRAAAAAADIRAAAAAAAAAAAAAAADIRDIRAAAAAADIRAAAAAAAAADIRAAAAAADIRAAAAAA\
DIRDIRDIRDIRAAAAAAAAADIRDIRAAADIRDIRDIRDIRDIRDIRDIRDIRDIRAAADIRDIRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIRDIRDIRAAADIR\
AAAAAAAAAAAADIRAAADIRDIRDIRDIRDIRAAADIRDIRDIRDIRDIRDIRDIRDIRDIRAAAAAADIRDIRAAAAAAAAAAAAAAAAAADIRAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAADIRDIRDIRDIRDIRAAADIRAAADIRDIRDIRAAADIRDIRDIRDIRDIRAAADIRDIRDIRDISDISDISDISDISDISDISDISDISDIS\
DISDISDITDISDISDISDISDISDISDISDIUDIUDIUDIUDIUDIUDIUDIUDIUDIUDIVDIVDIVDIVDIVDIVDIVDIVDIVDIVDIWDIWDIWDIWDIWDIWDIWDIWDIWDIW\
DIXDIXDIXDIXDIXDIXDIXDIXDIXDIXDIYDIYDIYDIYDIYDIYDIYDIYDIYDIYDIZDIZDIZDIZDIZDIZDIZDIZDIZDIZDIaDIaDIaDIaDIaDIaDIaDIaDIaDIa\
DIbDIbDIbDIbDIbDIbDIbDIbDIbDIbDIcDIcDIcDIcDIcDIcDIcDIcDIcDIcDIdDIdDIdDIdDIdDIdDIdDIdDIdDIdDIeDIeDIeDIeDIeDIeDIeDIeDIeDIe\
DIfDIfDIfDIfDIfDIfDIfDIfDIfDIfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIgDIgDIgDIgDIgDIgDIgDIgDIgDIg\
DIhDIhDIhDIhDIhDIhDIhDIhDIhDIhDIiDIiDIiDIiDIiDIiDIiDIiDIiDIiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIkDIlAAAAAADImDInDIoDIpAAA\
AAAAAAAAAAAAAAAAAAAAAAAADIqAAADIrDIrDIrDIrDIrDIrDIrDIrDIrDIrAAAAAAAAAAAAAAADIsAAADItDItAAAAAAAAADIuDIvDIwDIxAAADIyDIzDI0\
AAAAAAAAAAAAAAADItDItDItDItAAADItDItDItDItDItDItDItDItDItDItDI1AAAAAAAAAAAAAAAAAAAAAAAAAAADI2DI2DI2DI2DI2DI2DI2DI2DI2DI2\
DI3DI3DI3DI3DI3DI3DI3DI3AAAAAADI3DI3DI3DI3DI3DI3DI3DI3DI3DI3DI3AAAAAAAAAAAAAAAAAAAAAAAAAAADI3AAAAAADI3AAADI3AAAAAAAAAAAA\
DI3AAAAAAAAADI3DI3AAAAAAAAAAAADI3AAAAAAAAAAAADI3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI3AAAAAAAAADI3DI3DI3DI3DI3DI3DI3DI3DI3\
DI3AAAAAAAAAAAADI3AAAAAAAAADI3DI4AAAAAAAAAAAAAAAAAAAAAAAAAAADI5DI5DI5DI5DI5DI5DI5DI5DI5DI5DI6DI6DI6DI6DI6DI6DI6DI6DI6DI6\
DI7DI7DI7DI7DI7DI7DI7DI7DI7DI7DI8DI8DI8DI8DI8DI8DI8DI8DI8DI8DI9DI9DI9DI9DI9DI9DI9DI9DI9DI9DI+DI+DI+DI+DI+DI+DI+DI+DI+DI+\
DI/DI/DI/DI/DI/DI/DI/DI/DI/DI/DJADJADJADJADJADJADJADJADJADJADJBDJBDJBDJBDJBDJBDJBDJBDJBDJBDJCDJCDJCDJCDJCDJCDJCDJCDJCDJC\
DJDDJDDJDDJDDJDDJDDJDDJDDJDDJDDJEDJEDJEDJEDJEDJEDJEDJEDJEDJEDJFDJFDJFDJFDJFDJFDJFDJFDJFDJFDJGDJGDJGDJGDJGDJGDJGDJGDJGDJG\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJIDJJDJKDJLDJMDJNDJODJP\
DJQDJRDJSAAADJSDJSDJSDJSAAAAAADJTAAAAAAAAAAAAAAAAAAAAAAAAAAADJUDJUDJUDJUDJUDJUDJUDJUDJUDJUDJVDJWAAAAAAAAAAAAAAADJVAAAAAA\
DJVDJVDJVDJVDJVDJXAAAAAAAAAAAADJVDJVDJVDJVAAAAAAAAAAAAAAAAAADJYAAAAAADJVDJVDJVDJVDJVDJVDJVDJZAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DJaDJbAAAAAAAAAAAAAAAAAAAAAAAADJcDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJdDJeAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DJfDJfDJfDJfDJfDJfDJfDJfDJfDJfDJgDJgDJgDJgDJgDJgDJgDJgDJgDJgDJhAAAAAAAAAAAAAAAAAAAAAAAAAAADJiAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DJjAAAAAAAAAAAAAAAAAAAAAAAAAAADJkAAAAAAAAAAAADJkAAAAAAAAADJkDJlDJlDJlDJlAAAAAAAAAAAAAAAAAADJmAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DJlDJlDJlDJlDJlDJlDJlDJmDJmDJmDJmDJmDJmDJmDJmDJmDJmDJmDJmDJmAAAAAAAAAAAAAAADJnAAAAAAAAAAAADJlDJlDJlDJlDJlDJlDJlDJlDJlDJl\
DJnDJnDJnDJnDJnDJnDJnDJnDJnDJnDJlAAAAAAAAAAAAAAAAAAAAAAAAAAADJoAAAAAAAAAAAAAAAAAAAAAAAAAAADJpDJpDJpDJpDJpDJpDJpDJpDJpDJp\
DJqDJqDJqDJqDJqDJqDJqDJqDJqDJqDJrDJrDJrDJrDJrDJrDJrDJrDJrDJrDJsDJsDJsDJsDJsDJsDJsDJsDJsDJsDJtDJtDJtDJtDJtDJtDJtDJtDJtDJt\
DJtDJtAAAAAAAAAAAAAAAAAAAAAAAADJuDJuDJuDJuDJuDJuDJuDJuDJuDJuDJvDJvDJvDJvDJvDJvDJvDJvDJvDJvDJwDJwDJwDJwDJwDJwDJwDJwDJwDJw\
DJxDJxDJxDJxDJxDJxDJxDJxDJxDJxDJyDJyDJyDJyDJyDJyDJyDJyDJyDJyDJzDJzDJzDJzDJzDJzDJzDJzDJzDJzDJ0DJ0DJ0DJ0DJ0DJ0DJ0DJ0DJ0DJ0\
DJ1DJ1DJ1DJ1DJ1DJ1DJ1DJ1DJ1DJ1DJ2DJ2DJ2DJ2DJ2DJ2DJ2DJ2DJ2DJ2DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ4DJ4DJ4DJ4DJ4DJ4DJ4DJ4DJ4DJ4\
DJ5DJ5DJ5DJ5DJ5DJ5DJ5DJ5DJ5DJ5DJ6DJ6DJ6DJ6DJ6DJ6DJ6DJ6DJ6DJ6DJ7DJ7DJ7DJ7DJ7DJ7DJ7DJ7DJ7DJ7DJ8DJ8DJ8DJ8DJ8DJ8DJ8DJ8DJ8DJ8\
DJ9DJ9DJ9DJ9DJ9DJ9DJ9DJ9DJ9DJ9DJ+DJ+DJ+DJ+DJ+DJ+DJ+DJ+DJ+DJ+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/DJ/DJ/DJ/DJ/DJ/DJ/DJ/DJ/DJ/DKADKADKADKADKADKADKADKADKADKADKBDKBDKBDKBDKBDKBDKBDKBDKBDKB\
DKCDKCDKCDKCDKCDKCDKCDKCDKCDKCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADKEDKFDKGDKHDKIDKJDKKDKLDKMDKN\
DKOAAAAAAAAAAAAAAAAAAAAAAAAAAADKPDKQDKRDKSDKTDKUDKVDKWDKXDKYDKPDKZDKPDKPDKaDKPDKPDKPDKbDKPDKPDKPDKcDKdDKPDKcDKeDKPDKPDKP\
DKfAAAAAADKgDKPAAAAAADKhAAAAAADKPDKPDKiAAAAAADKfDKfDKjAAAAAADKkDKkDKkDKkDKkDKkDKkDKkDKkDKkDKlAAADKmDKnDKoDKpDKqDKrDKsDKf\
DKtDKuDKvDKPDKwDKxDKyDKzDK0AAADK1DK2DK3DK4DKfDK5DKpDK6DK7DKPAAAAAAAAAAAAAAAAAAAAAAAADK8AAADK9DK9DK9DK9DK9DK9DK9DK9DK9DK9\
DK9DK+AAAAAADK9AAAAAADK9AAADK9AAAAAAAAADK9AAAAAAAAADK9AAAAAADK9DK9AAADK9AAAAAAAAADK9AAAAAAAAADK9AAAAAADK9AAAAAADK9AAAAAA\
DK9AAAAAAAAAAAADK9AAAAAAAAAAAADK9DK+AAAAAAAAADK9AAAAAADK9AAADK9DK9AAAAAAAAAAAADK9DK9AAAAAAAAAAAADK9DK9AAADK9AAAAAADK9AAA\
AAADK9AAADK9AAAAAAAAAAAADK9DK9DK9DK9DK9DK9DK9DK9DK9DK9DK+DK+DK9DK9AAADK9DK9DK9DK9DK9DK9DK9DK9AAADK9DK9DK9DK9DK9DK9DK9DK9\
DK9DK9DK9DK9DK9DK9AAAAAAAAAAAAAAAAAAAAADK9AAAAAAAAAAAAAAAAAADK9AAAAAAAAAAAAAAADK9AAADK9AAADK9AAAAAAAAAAAAAAAAAAAAAAAAAAA\
DK9DK9DK9DK9DK9DK9AAADK9AAADK9DK9DK9DK9DK9DK9DK9AAADK9DK9DK9DK9DK9DK9DK9DK9DK9DK9DK9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK9\
DK/DK/DK/DK/DK/DK/DK/DK/DK/DK/DK9AAAAAAAAAAAAAAAAAAAAAAAADK9DK9DK9DK9AAAAAAAAADK9DK9DK9AAADK9AAAAAADK9AAAAAAAAAAAAAAAAAA\
DK9AAAAAAAAADK9AAAAAAAAAAAAAAADK9AAAAAAAAAAAADK9DK9DK9DK9DK9DK9DK9AAAAAAAAADK9DK9AAAAAAAAADK9DK9DK9AAADK9DK9DK9DK9DK9DK9\
AAAAAAAAAAAADK9DK9DK9DK9DK9DK9DLAAAAAAAAAAAAAAAAAAAAAAAAADK9DK+DK+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADLBAAAAAAAAAAAAAAADK9DK9\
DK9DK9DK9AAADK9DK9DK9AAADK9DK9DK9DK9AAAAAADK9DLBAAAAAAAAAAAADLBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK+DK+AAAAAAAAADLBDLBAAA\
DK9AAADK9AAAAAAAAADLBAAAAAAAAADLBAAAAAAAAAAAADK9DK9DK9DK9DK9DK9DK9DK9DK9AAADK9DK9DK9DK9AAADK9AAAAAADK9AAAAAADK9DK9DK9DK9\
AAAAAAAAADK9AAADK9DK9DK9AAADK9DK9AAAAAAAAADK9DK9AAADK9DK9DK9DK9AAAAAAAAADK9DK9DK9DK9DK9DK9AAADLBDK9DK9AAADK9DK9DK9DK9AAA\
DLCAAAAAAAAAAAAAAAAAAAAAAAAAAADLDDLDDLDDLDDLDDLDDLDDLDDLDDLDDLEDLEDLEDLEDLEDLEDLEDLEDLEDLEDK+DK+DK+DK+DK+DK+DK+DK+DK+DK+\
DLFDLFDLFDLFDLFDLFDLFDLFDLFDLFDLGDLGDLGDLGDLGDLGDLGDLGDLGDLGDLHAAAAAAAAAAAAAAAAAAAAAAAAAAADLIDLIDLIDLIDLIDLIDLIDLIDLIDLI\
DLJDLJDLJDLJDLJDLJDLJDLJDLJDLJDLKDLKDLKDLKDLKDLKDLKDLKDLKDLKDLLDLLDLLDLLDLLDLLDLLDLLDLLDLLDLMDLMDLMDLMDLMDLMDLMDLMDLMDLM\
DLNDLNDLNDLNDLNDLNDLNDLNDLNDLNDLODLODLODLODLODLODLODLODLODLODLPDLPDLPDLPDLPDLPDLPDLPDLPDLPDLQDLQDLQDLQDLQDLQDLQDLQDLQDLQ\
DLRDLRDLRDLRDLRDLRDLRDLRDLRDLRDLSDLSDLSDLSDLSDLSDLSDLSDLSDLSDLTDLTDLTDLTDLTDLTDLTDLTDLTDLTDLUDLUDLUDLUDLUDLUDLUDLUDLUDLU\
DLVDLVDLVDLVDLVDLVDLVDLVDLVDLVDLWDLWDLWDLWDLWDLWDLWDLWDLWDLWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DLXDLXDLXDLXDLXDLXDLXDLXDLXDLXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADLYDLYDLYDLYDLYDLYDLYDLYDLYDLYDLZDLZDLZDLZDLZDLZDLZDLZDLZDLZ\
DLZDLZDLZDLZDLZDLZDLZDLZDLZDLZDLaDLaDLaDLaDLaDLaDLaDLaDLaDLaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADLcDLcDLdDLeDLcDLfDLgDLc\
DLhDLhDLhDLhDLhDLhDLhDLhDLhDLhDLiDLjDLhDLhDLiDLjDLjDLjDLhDLhDLhDLjDLhDLhDLhDLiDLiDLhDLhDLhDLkDLhDLhDLhDLhDLhDLhDLhDLhDLh\
DLlDLmDLmDLhDLhDLhDLhDLhDLhDLmDLnDLnDLnDLnDLnDLnDLnDLnDLnDLnDLoDLoDLoDLoDLoDLoDLoDLoDLoDLoDLpDLpDLpDLpDLpDLpDLpDLpDLpDLp\
DLnDLnDLnDLnDLnDLnDLnDLnDLqDLnDLrDLrDLrDLrDLrDLrDLsDLsDLsDLsDLtDLtDLtDLtDLtDLtDLtDLtDLtDLtDLuDLuDLuDLuDLuDLuDLuDLuDLuDLu\
DLvDLvDLvDLvDLvDLvDLvDLvDLvDLvDLwDLwDLwDLwDLwDLwDLwDLwDLwDLwDLuDLuDLuDLuDLxDLyDLuDLuDLuDLuDLzDLzDLzDLzDLzDLzDLzDLzDLzDLz\
DL0DL0DL0DL0DL0DL0DL0DL0DL0DL0DL1DL1DL1DL1DL1DL1DL1DL1DL1DL1DL2DL2DL2DL2DL2DL2DL2DL2DL2DL2DL3DL3DL3DL3DL3DL3DL3DL3DL3DL3\
DL4DL4DL4DL4DL4DL4DL4DL4DL4DL4DL5DL5DL5DL5DL5DL5DL2DL2DL2DL2DL5DL5DL5DL5DL5DL5DL5DL2DL2DL2DL6DL6DL6DL6DL6DL6DL6DL6DL6DL6\
DL7DL7DL7DL7DL7DL7DL7DL7DL7DL7DL8DL8DL8DL8DL8DL8DL8DL8DL8DL8DL9DL9DL9DL9DL9DL9DL9DL9DL9DL9DL+DL+DL+DL+DL+DL+DL+DL+DL+DL+\
DL/DL/DL/DL/DL/DL/DL/DL/DL/DL/DMADMADMADMADMADMADMADMADMADMADMBDMBDMBDMBDMBDMBDMBDMBDMBDMBDMCDMCDMCDMCDMCDMCDMCDMCDMCDMC\
DMDDMDDMDDMDDMDDMDDMDDMDDMDDMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DLvDLvDLvDLvDLvDLvDLvDLvDLvDLvDMEDMEDMEDMEDMEDMEDMEDMEDMEDMEDLwDLwDLwDLwDLwDLwDLwDLwDLwDLwDMFDMFDMFDMFDMFDMFDMFDMFDMFDMF\
DMGDMGDMGDMGDMGDMGDMGDMGDMGDMGDMHDMHDMHDMHDMHDMHDMHDMHDMHDMHDMIDMIDMIDMIDMIDMIDMIDMIDMIDMIDMJDMJDMJDMJDMJDMJDMJDMJDMJDMJ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADMLDMMDMMDMNAAAAAADMODMPAAAAAADMQAAAAAADMRAAAAAADMSDMT\
DMUDMUDMUDMUDMUDMUDMUDMUDMUDMUAAAAAAAAAAAAAAADMUDMUAAADMUAAADMVDMVDMVDMVDMVDMVDMVDMVDMVDMVAAAAAAAAAAAAAAAAAADMWDMWDMXDMY\
DMZDMZDMZDMZDMZDMZDMZDMZDMZDMZAAADMZDMZDMZDMZDMZAAAAAAAAAAAAAAADMZAAAAAAAAAAAAAAAAAAAAAAAAAAADMZAAAAAADMZAAAAAAAAAAAADMZ\
DMaDMaDMaDMaDMaDMaDMaDMaDMaDMaDMbDMbDMbDMbDMbDMbDMbDMbDMbDMbDMcDMcDMcDMcDMcAAAAAAAAAAAAAAADMcDMcDMcDMcAAADMcAAAAAADMcDMc\
DMcDMcDMcDMcDMcDMcDMcDMcDMcDMcDMdDMdDMdDMdDMdDMdDMdDMdDMdDMdDMeDMeDMeDMeDMeDMeDMeDMeDMeDMeDMfDMfDMfDMfDMfDMfDMfDMfDMfDMf\
DMgDMgDMgDMgDMgDMgDMgDMgDMgDMgDMhDMhDMhDMhDMhDMhDMhDMhDMhDMhDMiDMiDMiDMiDMiDMiDMiDMiDMiDMiDMjDMjDMjDMjDMjDMjDMjDMjDMjDMj\
DMkDMkDMkDMkDMkDMkDMkDMkDMkDMkDMlDMlDMlDMlDMlDMlDMlDMlDMlDMlDMmDMmDMmDMmDMmDMmDMmDMmDMmDMmDMnDMnDMnDMnDMnDMnDMnDMnDMnDMn\
DMoDMoDMoDMoDMoDMoDMoDMoDMoDMoDMpDMpDMpDMpDMpDMpDMpDMpDMpDMpDMqDMqDMqDMqDMqDMqDMqDMqDMqDMqDMrDMrDMrDMrDMrDMrDMrDMrDMrDMr\
DMsDMsDMsDMsDMsDMsDMsDMsDMsDMsDMtDMtDMtDMtDMtDMtDMtDMtDMtDMtDMuDMuDMuDMuDMuDMuDMuDMuDMuDMuDMvDMvDMvDMvDMvDMvDMvDMvDMvDMv\
DMwDMwDMwDMwDMwDMwDMwDMwDMwDMwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADMyDMzDM0DM1DM2AAAAAAAAAAAAAAAAAAAAAAAAAAADM3AAAAAAAAAAAAAAAAAAAAAAAAAAADM4\
DM5AAAAAAAAAAAAAAAAAAAAAAAAAAADM6DM7DM7AAAAAAAAAAAAAAAAAADM7AAAAAAAAADM8DM9AAAAAADM+AAAAAADM/AAAAAAAAAAAAAAAAAAAAADNAAAA\
DNBDNCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADNDDNEDNEDNEDNEDNEDNEDNFDNFDNFDNFDNGDNGDNGDNGDNGDNGDNGDNGDNGDNG\
AAAAAAAAAAAAAAAAAAAAAAAAAAADNHAAAAAAAAAAAAAAAAAAAAADNIAAAAAAAAAAAAAAAAAAAAAAAADNJAAAAAAAAADNKDNLDNMDNNDNLDNODNPDNQDNPDNR\
AAAAAAAAAAAAAAAAAAAAADNRAAAAAADNSDNSDNSDNSDNSDNSDNSDNSDNSDNSAAAAAADNTDNUAAAAAAAAAAAAAAAAAADNVAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DNWDNWDNWDNWDNWDNWDNWDNWDNWDNWDNRDNRDNRDNRDNRDNRDNRDNRDNRDNRDNXDNXDNXDNXDNXDNXDNXDNXDNXDNXAAAAAAAAAAAAAAADNYDNYDNYAAAAAA\
AAAAAAAAAAAAAAADNZAAAAAAAAAAAADNYDNYAAAAAAAAAAAAAAAAAADNYAAAAAADNaDNaDNaDNaDNaDNaAAADNaAAADNaDNaDNaAAADNaDNaDNaDNaDNaDNa\
DNaDNaDNaDNaDNaDNaDNaAAADNaAAAAAADNaDNaDNaDNaDNaDNaDNaDNaDNaAAAAAAAAADNaDNaDNaAAADNaAAADNaDNaDNaDNaDNaDNaDNaDNaAAADNaDNa\
DNaAAAAAAAAAAAAAAAAAAAAADNaAAADNaDNaDNaDNaDNaDNaDNaDNaDNaDNaDNbDNbDNbDNbDNbDNbDNbDNbDNbDNbAAAAAADNbDNbDNbDNbDNbDNbDNbDNb\
DNbDNbDNbDNbDNbDNbAAAAAAAAAAAADNbDNbDNbDNbDNbAAAAAAAAAAAAAAADNcDNcDNcDNcDNcDNcDNcDNcDNcDNcDNdDNdDNdDNdDNdDNdDNdDNdDNdDNd\
DNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeDNeAAAAAAAAADNfDNfDNfDNfDNfDNfDNfDNfDNfDNfDNgDNgDNgDNgDNgDNgDNgDNgDNgDNg\
DNhDNhDNhDNhDNhDNhDNhDNhDNhDNhDNiDNiDNiDNiDNiDNiDNiDNiDNiDNiDNjDNjDNjDNjDNjDNjDNjDNjDNjDNjDNkDNkDNkDNkDNkDNkDNkDNkDNkDNk\
DNlDNlDNlDNlDNlDNlDNlDNlDNlDNlDNmDNmDNmDNmDNmDNmDNmDNmDNmDNmDNnDNnDNnDNnDNnDNnDNnDNnDNnDNnDNoDNoDNoDNoDNoDNoDNoDNoDNoDNo\
DNpDNpDNpDNpDNpDNpDNpDNpDNpDNpDNqDNqDNqDNqDNqDNqDNqDNqDNqDNqDNrDNrDNrDNrDNrDNrDNrDNrDNrDNrDNsDNsDNsDNsDNsDNsDNsDNsDNsDNs\
DNtDNtDNtDNtDNtDNtDNtDNtDNtDNtDNuDNuDNuDNuDNuDNuDNuDNuDNuDNuDNvDNvDNvDNvDNvDNvDNvDNvDNvDNvDNwDNwDNwDNwDNwDNwDNwDNwDNwDNw\
DNxDNxDNxDNxDNxDNxDNxDNxDNxDNxDNyDNyDNyDNyDNyDNyDNyDNyDNyDNyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN0DN1DN2DN3DN4\
AAAAAAAAAAAAAAAAAAAAAAAAAAADN5AAAAAAAAAAAAAAAAAAAAAAAAAAADN6DN7AAAAAAAAAAAAAAAAAAAAAAAAAAADN8DN9DN9AAAAAAAAAAAAAAAAAADN9\
AAAAAAAAADN+DN/AAAAAADOAAAAAAADOBAAAAAAAAAAAAAAAAAAAAADOCAAADODDOEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADOF\
DOGDOGDOGDOGDOGDOGDOHDOHDOHDOHDOIDOIDOIDOIDOIDOIDOIDOIDOIDOIAAAAAAAAAAAAAAAAAAAAAAAAAAADOJAAAAAAAAAAAAAAAAAAAAADOKAAAAAA\
AAAAAAAAAAAAAAAAAADOLAAAAAAAAAAAAAAADOMDONAAADOOAAAAAADOPAAAAAAAAAAAAAAAAAAAAAAAADOQAAAAAADORDORDORDORDORDORDORDORDORDOR\
AAAAAADOSDOTAAAAAAAAAAAAAAAAAADOUAAAAAAAAAAAAAAAAAAAAAAAAAAADOVDOVDOVDOVDOVDOVDOVDOVDOVDOVDOQDOQDOQDOQDOQDOQDOQDOQDOQDOQ\
DOWDOWDOWDOWDOWDOWDOWDOWDOWDOWAAAAAAAAAAAAAAADOXDOXDOXAAAAAAAAAAAAAAAAAAAAADOYAAAAAAAAAAAADOXDOXAAAAAAAAAAAAAAAAAADOXAAA\
AAAAAAAAAAAAAAAAAAAAADOZDOZDOZAAAAAAAAADOZDOZDOZDOZDOZAAAAAAAAADOZDOZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADOZAAAAAA\
DOZDOZDOZDOZDOZDOZDOZDOZDOZDOZDOaDOaDOaDOaDOaDOaDOaDOaDOaDOaAAAAAADOaDOaDOaDOaDOaDOaDOaDOaDOaDOaDOaDOaDOaDOaAAAAAAAAAAAA\
DOaDOaDOaDOaDOaAAAAAAAAAAAAAAADObDObDObDObDObDObDObDObDObDObDOcDOcDOcDOcDOcDOcDOcDOcDOcDOcDOdDOdDOdDOdDOdDOdDOdDOdDOdDOd\
DOdDOdDOdDOdDOdDOdDOdAAAAAAAAADOeDOeDOeDOeDOeDOeDOeDOeDOeDOeDOfDOfDOfDOfDOfDOfDOfDOfDOfDOfDOgDOgDOgDOgDOgDOgDOgDOgDOgDOg\
DOhDOhDOhDOhDOhDOhDOhDOhDOhDOhDOiDOiDOiDOiDOiDOiDOiDOiDOiDOiDOjDOjDOjDOjDOjDOjDOjDOjDOjDOjDOkDOkDOkDOkDOkDOkDOkDOkDOkDOk\
DOlDOlDOlDOlDOlDOlDOlDOlDOlDOlDOmDOmDOmDOmDOmDOmDOmDOmDOmDOmDOnDOnDOnDOnDOnDOnDOnDOnDOnDOnDOoDOoDOoDOoDOoDOoDOoDOoDOoDOo\
DOpDOpDOpDOpDOpDOpDOpDOpDOpDOpDOqDOqDOqDOqDOqDOqDOqDOqDOqDOqDOrDOrDOrDOrDOrDOrDOrDOrDOrDOrDOsDOsDOsDOsDOsDOsDOsDOsDOsDOs\
DOtDOtDOtDOtDOtDOtDOtDOtDOtDOtDOuDOuDOuDOuDOuDOuDOuDOuDOuDOuDOvDOvDOvDOvDOvDOvDOvDOvDOvDOvDOwDOwDOwDOwDOwDOwDOwDOwDOwDOw\
DOxDOxDOxDOxDOxDOxDOxDOxDOxDOxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADOzDO0DO1DO2DO3AAAAAAAAAAAAAAAAAAAAAAAAAAADO4\
AAAAAAAAAAAAAAAAAAAAAAAAAAADO5DO6AAAAAAAAAAAAAAAAAAAAAAAAAAADO7DO8DO8AAAAAAAAAAAAAAAAAADO8AAAAAAAAADO9DO+AAAAAADO/AAAAAA\
DPAAAAAAAAAAAAAAAAAAAAAADPBAAADPCDPDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADPEDPFDPFDPFDPFDPFDPFDPGDPGDPGDPG\
DPHDPHDPHDPHDPHDPHDPHDPHDPHDPHAAAAAAAAAAAAAAAAAAAAAAAAAAADPIAAAAAAAAAAAAAAAAAAAAADPJAAAAAAAAAAAAAAAAAAAAAAAADPKAAAAAAAAA\
DPLDPMDPNDPODPMDPPAAADPNDPQAAAAAAAAAAAAAAAAAAAAAAAADPRAAAAAADPSDPSDPSDPSDPSDPSDPSDPSDPSDPSAAAAAADPTDPUAAAAAAAAAAAAAAAAAA\
DPVAAAAAAAAAAAAAAAAAAAAAAAAAAADPWDPWDPWDPWDPWDPWDPWDPWDPWDPWDPRDPRDPRDPRDPRDPRDPRDPRDPRDPRDPXDPXDPXDPXDPXDPXDPXDPXDPXDPX\
AAAAAAAAAAAAAAADPYDPYDPYAAAAAAAAAAAAAAAAAAAAADPZAAAAAAAAAAAADPYDPYAAAAAAAAAAAAAAAAAADPYAAADPaAAAAAAAAAAAAAAAAAADPaAAADPa\
AAAAAAAAADPaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADPaAAADPaDPaAAAAAADPaDPaDPaDPaDPaAAAAAADPaDPaDPaAAAAAAAAADPaAAADPaAAA\
AAAAAAAAAAAAAAAAAAAAADPaAAAAAADPaDPaDPaDPaDPaDPaDPaDPaDPaDPaDPbDPbDPbDPbDPbDPbDPbDPbDPbDPbAAAAAADPbDPbDPbDPbDPbDPbDPbDPb\
DPbDPbDPbDPbDPbDPbAAAAAAAAAAAADPbDPbDPbDPbDPbAAAAAAAAAAAAAAADPcDPcDPcDPcDPcDPcDPcDPcDPcDPcDPdDPdDPdDPdDPdDPdDPdDPdDPdDPd\
DPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeDPeAAAAAAAAADPfDPfDPfDPfDPfDPfDPfDPfDPfDPfDPgDPgDPgDPgDPgDPgDPgDPgDPgDPg\
DPhDPhDPhDPhDPhDPhDPhDPhDPhDPhDPiDPiDPiDPiDPiDPiDPiDPiDPiDPiDPjDPjDPjDPjDPjDPjDPjDPjDPjDPjDPkDPkDPkDPkDPkDPkDPkDPkDPkDPk\
DPlDPlDPlDPlDPlDPlDPlDPlDPlDPlDPmDPmDPmDPmDPmDPmDPmDPmDPmDPmDPnDPnDPnDPnDPnDPnDPnDPnDPnDPnDPoDPoDPoDPoDPoDPoDPoDPoDPoDPo\
DPpDPpDPpDPpDPpDPpDPpDPpDPpDPpDPqDPqDPqDPqDPqDPqDPqDPqDPqDPqDPrDPrDPrDPrDPrDPrDPrDPrDPrDPrDPsDPsDPsDPsDPsDPsDPsDPsDPsDPs\
DPtDPtDPtDPtDPtDPtDPtDPtDPtDPtDPuDPuDPuDPuDPuDPuDPuDPuDPuDPuDPvDPvDPvDPvDPvDPvDPvDPvDPvDPvDPwDPwDPwDPwDPwDPwDPwDPwDPwDPw\
DPxDPxDPxDPxDPxDPxDPxDPxDPxDPxDPyDPyDPyDPyDPyDPyDPyDPyDPyDPyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP0DP1DP2DP3DP4DP4DP5AAA\
AAAAAADP6AAAAAADP7DP8AAADP9AAAAAAAAAAAADP6DP+AAAAAAAAADP/DQAAAAAAAAAAAAADP6AAADQBAAAAAAAAADQCAAAAAAAAAAAAAAAAAADQDAAAAAA\
DQDDQDDQDDQDDQDDQDDQDDQDDQDDQDDQEAAAAAAAAAAAAAAAAAAAAAAAAAAADQFDQFDQFDQFDQFDQFDQFDQFDQFDQFAAADQGDQFAAAAAADQFAAAAAADQFDQH\
AAADQIDQFAAAAAAAAAAAAAAAAAADQJAAAAAADQJDQKAAAAAADQIAAAAAAAAAAAAAAAAAAAAAAAAAAADQFAAADQLAAAAAAAAADQMAAADQIDQNAAAAAADQODQP\
AAAAAADQFDQQDQRDQLDQSDQFAAAAAAAAADQGDQFAAADQFAAADQFDQIDQFDQFDQTDQTDQTDQTDQTDQTDQTDQTDQTDQTDQUDQUDQUDQUDQUDQUDQUDQUDQUDQU\
DQVAAAAAAAAAAAAAAAAAAAAAAAAAAADQWDQWDQWDQWDQWDQWDQWDQWDQWDQWAAADQWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQWDQWAAAAAA\
AAAAAADQWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQWDQWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQWAAAAAADQWAAADQWAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAADQWAAAAAAAAAAAAAAAAAADQWAAAAAADQWAAADQWAAAAAAAAAAAAAAAAAAAAAAAADQWAAAAAAAAAAAAAAADQWAAAAAADQWAAAAAAAAAAAA\
AAAAAADQWDQWDQWAAAAAAAAAAAAAAAAAAAAADQWAAADQWAAAAAAAAADQWAAAAAAAAADQWDQWDQWDQWDQWAAAAAAAAADQXDQXDQXDQXDQXDQXDQXDQXDQXDQX\
DQYDQYDQYDQYDQYDQYDQYDQYDQYDQYAAADQZAAAAAAAAAAAAAAAAAAAAAAAADQaDQaDQaDQaDQaDQaDQaDQaDQaDQaDQbDQbDQbDQbDQbDQbDQbDQbDQbDQb\
DQcDQcDQcDQcDQcDQcDQcDQcDQcDQcDQdAAAAAAAAAAAAAAAAAADQdAAAAAADQeDQeDQeDQeDQeDQeDQeDQeDQeDQeDQfDQfDQfDQfDQfDQfDQfDQfDQfDQf\
DQgDQgDQgDQgDQgDQgDQgDQgDQgDQgDQhDQhDQhDQhDQhDQhDQhDQhDQhDQhDQiDQiDQiDQiDQiDQiDQiDQiDQiDQiDQjDQjDQjDQjDQjDQjDQjDQjDQjDQj\
DQkDQkDQkDQkDQkDQkDQkDQkDQkDQkDQlDQlDQlDQlDQlDQlDQlDQlDQlDQlDQmDQmDQmDQmDQmDQmDQmDQmDQmDQmDQnDQnDQnDQnDQnDQnDQnDQnDQnDQn\
DQoDQoDQoDQoDQoDQoDQoDQoDQoDQoDQpDQpDQpDQpDQpDQpDQpDQpDQpDQpAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQqDQqDQqDQqDQqDQqDQqDQqDQqDQqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQsDQtDQuDQvDQwDQxDQyDQz\
AAADQ0DQ1DQ2AAADQ3DQ4DQ5DQ6AAAAAAAAADQ7DQ4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ8DQ9AAAAAAAAAAAADQ+DQ/AAAAAAAAAAAAAAAAAAAAAAAA\
DRADRADRADRADRADRADRADRADRADRADRADRADRADRADRADRADRADRBDRCAAADRDAAAAAAAAAAAAAAADREAAADRFDQ6DRGAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAADRHDRHDRHDRHDRHDRHDRHDRHAAADRHDRHDRHDRHDRHAAADRHDRHDRHDRHAAAAAAAAAAAAAAAAAAAAAAAADRHDRHDRHDRHDRHDRHDRH\
DRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHDRHAAADRHAAAAAAAAAAAAAAAAAAAAAAAAAAADRIAAAAAADRHAAAAAADRHDRHDRHDRHDRH\
DRHDRHDRHAAADRHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADRHDRHAAAAAAAAADRHDRHDRHDRHDRHDRHDRHAAAAAAAAADRJDRJAAAAAAAAADRKDRHAAAAAAAAA\
DRJDRJDRJDRJDRJDRJDRJDRJDRJDRJDRJDRHDRHDRHDRHDRHAAADRHAAAAAADRJDRJAAAAAAAAAAAADRJDRJAAAAAADRIAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAADRIAAAAAAAAAAAAAAADRIAAAAAAAAAAAAAAAAAAAAAAAAAAADRIAAADRLAAAAAAAAAAAAAAAAAAAAAAAAAAADRMDRMDRMDRMDRMDRMDRMDRMDRMDRM\
DRNDRNDRNDRNDRNDRNDRNDRNDRNDRNDRODRODRODRODRODRODRODRODRODRODRPDRPDRPDRPDRPDRPDRPDRPDRPDRPAAAAAAAAAAAAAAAAAAAAAAAADRQAAA\
DRRDRRDRRDRRDRRDRRDRRDRRDRRDRRDRSDRSDRSDRSDRSDRSDRSDRSDRSDRSDRTDRTDRTDRTDRTDRTDRTDRTDRTDRTDRUDRUDRUDRUDRUDRUDRUDRUDRUDRU\
DRVDRVDRVDRVDRVDRVDRVDRVDRVDRVDRWDRWDRWDRWDRWDRWDRWDRWDRWDRWDRXDRXDRXDRXDRXDRXDRXDRXDRXDRXDRYDRYDRYDRYDRYDRYDRYDRYDRYDRY\
DRZDRZDRZDRZDRZDRZDRZDRZDRZDRZDRaDRaDRaDRaDRaDRaDRaDRaDRaDRaDRbDRbDRbDRbDRbDRbDRbDRbDRbDRbDRcDRcDRcDRcDRcDRcDRcDRcDRcDRc\
DRdDRdDRdDRdDRdDRdDRdDRdDRdDRdDReDReDReDReDReDReDReDReDReDReDRfDRfDRfDRfDRfDRfDRfDRfDRfDRfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAADRhDRiDRiDRiDRiDRiDRiAAADRjAAAAAAAAAAAAAAAAAAAAADRkDRlAAAAAAAAADRmDRmDRmDRmDRmDRmDRnAAAAAAAAAAAADRoAAADRpDRqDRpDRrDRr\
DRsAAAAAAAAAAAAAAAAAAAAAAAAAAADRtAAAAAAAAAAAAAAAAAAAAAAAAAAADRuDRuDRuDRuDRuDRuDRuDRuDRuDRuAAAAAAAAAAAAAAAAAAAAAAAAAAADRv\
DRwDRwDRwAAAAAAAAAAAAAAAAAADRwAAAAAAAAAAAAAAAAAAAAAAAADRwDRwDRwDRwDRwDRwDRxAAADRwDRwDRwDRwDRwDRwDRwDRwDRwDRwDRwDRwDRwDRw\
DRyAAAAAAAAAAAAAAAAAAAAAAAAAAADRzAAAAAAAAAAAAAAAAAAAAAAAAAAADR0DR0DR0DR0DR0DR0DR0DR0DR0DR0DR1AAAAAAAAAAAAAAAAAAAAAAAAAAA\
DR2DR2DR2DR2DR2DR2DR2DR2DR2DR2DR2DR2DR2AAAAAAAAAAAAAAAAAAAAADR3DR3DR3DR3DR3DR3DR3DR3DR3DR3DR4DR4DR4DR4DR4DR4DR4DR4DR4DR4\
DR5DR5DR5DR5DR5DR5DR5DR5DR5DR5DR6DR6DR6DR6DR6DR6DR6DR6DR6DR6DR7DR7DR7DR7DR7DR7DR7DR7DR7DR7DR8DR8DR8DR8DR8DR8DR8DR8DR8DR8\
DR9DR9DR9DR9DR9DR9DR9DR9DR9DR9DR+DR+DR+DR+DR+DR+DR+DR+DR+DR+DR/DR/DR/DR/DR/DR/DR/DR/DR/DR/DSADSADSADSADSADSADSADSADSADSA\
DSBDSBDSBDSBDSBDSBDSBDSBDSBDSBDSCDSCDSCDSCDSCDSCDSCDSCDSCDSCDSDDSDDSDDSDDSDDSDDSDDSDDSDDSDDSEDSEDSEDSEDSEDSEDSEDSEDSEDSE\
DSFDSFDSFDSFDSFDSFDSFDSFDSFDSFDSGDSGDSGDSGDSGDSGDSGDSGDSGDSGDSHDSHDSHDSHDSHDSHDSHDSHDSHDSHDSIDSIDSIDSIDSIDSIDSIDSIDSIDSI\
DSJDSJDSJDSJDSJDSJDSJDSJDSJDSJDSKDSKDSKDSKDSKDSKDSKDSKDSKDSKDSLDSLDSLDSLDSLDSLDSLDSLDSLDSLDSMDSMDSMDSMDSMDSMDSMDSMDSMDSM\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADSNDSNDSNDSNDSNDSNDSNDSNDSNDSNDSODSODSODSODSODSODSODSODSODSO\
DSPDSPDSPDSPDSPDSPDSPDSPDSPDSPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADSODSODSODSODSODSODSODSODSODSO\
AAAAAAAAAAAAAAADSRDSSDSTDSUDSVAAAAAAAAAAAAAAAAAAAAAAAAAAADSWAAAAAAAAAAAAAAAAAAAAAAAAAAADSXDSYAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DSZDSaDSaAAAAAAAAAAAAAAAAAADSaAAAAAAAAADSbDScAAAAAADSdAAAAAAAAAAAAAAAAAADSeAAAAAAAAADSfAAAAAAAAAAAAAAADSgAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAADShDSiDSiDSiDSiDSiDSiDSjDSjDSjDSjDSkDSkDSkDSkDSkDSkDSkDSkDSkDSkAAAAAAAAAAAAAAAAAAAAAAAAAAADSl\
AAAAAAAAAAAAAAAAAAAAADSmAAAAAAAAAAAAAAAAAAAAAAAADSnAAAAAAAAADSoDSpDSoDSoDSoDSqDSrAAADSsDSoAAAAAAAAAAAAAAAAAAAAAAAADSoAAA\
DStDStDStDSuDStAAAAAAAAAAAADStAAAAAAAAADSvAAAAAAAAAAAAAAAAAADSwDSwDSwDSwDSwDSwDSwDSwDSwDSwDSoDSoDSoDSoDSoDSoDSoDSoDSoDSo\
DSxDSxDSxDSxDSxDSxDSxDSxDSxDSxAAAAAAAAAAAAAAAAAADSyAAAAAAAAAAAAAAAAAAAAAAAAAAADSzAAAAAAAAADSyDSyDSyDSyDSyDSyDSyDSyDSyDSy\
DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0DS0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS0DS0DS0DS0DS0DS0DS0DS0AAAAAAAAAAAAAAAAAA\
DS0AAAAAAAAAAAAAAAAAAAAAAAAAAADS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1DS1AAADS1DS1DS1DS1AAAAAAAAAAAAAAAAAA\
DS2DS2DS2DS2DS2DS2DS2DS2DS2DS2DS3DS3DS3DS3DS3DS3DS3DS3DS3DS3DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4DS4AAAAAAAAA\
DS5DS5DS5DS5DS5DS5DS5DS5DS5DS5DS6DS6DS6DS6DS6DS6DS6DS6DS6DS6DS7DS7DS7DS7DS7DS7DS7DS7DS7DS7DS8DS8DS8DS8DS8DS8DS8DS8DS8DS8\
DS9DS9DS9DS9DS9DS9DS9DS9DS9DS9DS+DS+DS+DS+DS+DS+DS+DS+DS+DS+DS/DS/DS/DS/DS/DS/DS/DS/DS/DS/DTADTADTADTADTADTADTADTADTADTA\
DTBDTBDTBDTBDTBDTBDTBDTBDTBDTBDTCDTCDTCDTCDTCDTCDTCDTCDTCDTCDTDDTDDTDDTDDTDDTDDTDDTDDTDDTDDTEDTEDTEDTEDTEDTEDTEDTEDTEDTE\
DTFDTFDTFDTFDTFDTFDTFDTFDTFDTFDTGDTGDTGDTGDTGDTGDTGDTGDTGDTGDTHDTHDTHDTHDTHDTHDTHDTHDTHDTHDTIDTIDTIDTIDTIDTIDTIDTIDTIDTI\
DTJDTJDTJDTJDTJDTJDTJDTJDTJDTJDTKDTKDTKDTKDTKDTKDTKDTKDTKDTKDTLDTLDTLDTLDTLDTLDTLDTLDTLDTLDTMDTMDTMDTMDTMDTMDTMDTMDTMDTM\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADTODTPDTQDTRDTSDTTDTUDTVDTWDTXDTYAAADTXDTXDTXDTZDTXDTaDTbDTcDTdDTeDTfDTgDTXDTXDTdDTd\
DTWDTXDTdDThDTdDTiDTdDTdDTdDTjDTWDTXDTXDTXDTXDTkAAAAAAAAAAAADTbDTdAAADTlDTmAAAAAADTnAAAAAADTbDTdDTdDTdDToDTXDTpDTqDTrAAA\
DTbDTdDTdDTdAAADTcDTdDTsAAAAAADTbAAAAAAAAAAAADTtDTuDTvDTwDTxDTyDTyDTyDTyDTyDTyDTyDTyDTyDTyDTzDTzDTzDTzDTzDTzDTzDTzDTzDTz\
AAAAAAAAAAAADTzDTzDTzAAADTzAAAAAADTzAAAAAAAAADTzAAAAAAAAAAAAAAADTzDTzDTzDTzDTzAAAAAAAAAAAADT0DT0DT0DT0DT0DT0DT0DT0DT0DT0\
AAAAAAAAAAAAAAAAAAAAAAAADTzAAADT1DT1DT1DT1DT1DT1DT1DT1DT1DT1AAADTzAAAAAAAAAAAADTzDTzAAAAAAAAAAAADTzDTzAAADTzAAADTzAAAAAA\
AAADTzAAAAAAAAAAAAAAAAAAAAAAAAAAADTzDTzAAAAAAAAAAAAAAAAAAAAAAAADTzAAADTzAAAAAAAAAAAAAAAAAAAAADTzDTzDTzDTzAAAAAADTzAAAAAA\
DTzAAADTzDTzDTzAAAAAAAAAAAAAAAAAADTzDTzDTzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADTzAAAAAAAAAAAAAAAAAADTzDTzDTzDTzDTzDTzDTzDTzAAA\
DTzDTzDTzDTzDTzAAAAAAAAAAAAAAAAAADTzDTzDTzDTzDTzAAADTzDTzAAAAAAAAAAAAAAAAAADTzAAAAAAAAAAAADTzDTzDTzDTzDTzDTzDTzDTzDTzAAA\
DT2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT3AAAAAAAAAAAAAAAAAAAAAAAAAAADT3DT3AAAAAAAAAAAAAAAAAADT3AAADT3DT3DT3DT3DT3DT3AAAAAAAAA\
DT4DT3DT3DT3DT3DT3DT3DT3DT5AAAAAADT3DT3DT3DT3DT3AAAAAAAAAAAADT6DT6DT6DT6DT6DT6DT6DT6DT6DT6DT7DT7DT7DT7DT7DT7DT7DT7DT7DT7\
DT8DT8DT8DT8DT8DT8DT8DT8DT8DT8DT9DT9DT9DT9DT9DT9DT9DT9DT9DT9DT+AAAAAAAAAAAAAAAAAAAAAAAAAAADT/DT/DT/DT/DT/DT/DT/DT/DT/DT/\
DUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/AAAAAAAAAAAAAAAAAAAAAAAADUBDUBDUBDUBDUBDUBDUBDUBDUBDUBDUCDUCDUCDUCDUCDUCDUCDUCDUCDUC\
DUDDUDDUDDUDDUDDUDDUDDUDDUDDUDDUEDUEDUEDUEDUEDUEDUEDUEDUEDUEDUFDUFDUFDUFDUFAAAAAAAAAAAAAAADUGDUGDUGDUGDUGDUGDUGDUGDUGDUG\
DUHDUHDUHDUHDUHDUHDUHDUHDUHDUHDUIDUIDUIDUIDUIDUIDUIDUIDUIDUIDUJDUJDUJDUJDUJDUJDUJDUJDUJDUJDUKDUKDUKDUKDUKDUKDUKDUKDUKDUK\
DULDULDULDULDULDULDULDULDULDULDUMDUMDUMDUMDUMDUMDUMDUMDUMDUMDUNDUNDUNDUNDUNDUNDUNDUNDUNDUNDUODUODUODUODUODUODUODUODUODUO\
DUPDUPDUPDUPDUPDUPDUPDUPDUPDUPDUQDUQDUQDUQDUQDUQDUQDUQDUQDUQDURDURDURDURDURDURDURDURDURDURDUSDUSDUSDUSDUSDUSDUSDUSDUSDUS\
DUTDUTDUTDUTDUTDUTDUTDUTDUTDUTDUUDUUDUUDUUDUUDUUDUUDUUDUUDUUDUVDUVDUVDUVDUVDUVDUVDUVDUVDUVDUWDUWDUWDUWDUWDUWDUWDUWDUWDUW\
DUXDUXDUXDUXDUXDUXDUXDUXDUXDUXDUWDUWDUWDUWDUWDUWDUWDUWDUWDUWDUXDUXDUXDUXDUXDUXDUXDUXDUXDUXDUYDUYDUYDUYDUYDUYDUYDUYDUYDUY\
DUZDUZDUZDUZDUZDUZDUZDUZDUZDUZDUaDUaDUaDUaDUaDUaDUaDUaDUaDUaDUbDUbDUbDUbDUbDUbDUbDUbDUbDUbDUcDUcDUcDUcDUcDUcDUcDUcDUcDUc\
DUdDUdDUdDUdDUdDUdDUdDUdDUdDUdDUeDUeDUeDUeDUeDUeDUeDUeDUeDUeDUfDUfDUfDUfDUfDUfDUfDUfDUfDUfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADUgDUgDUgDUgDUgDUgDUgDUgDUgDUg\
DUhDUhDUhDUhDUhDUhDUhDUhDUhDUhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADUjDUkDUlDUmDUnAAAAAAAAAAAAAAAAAAAAAAAAAAADUo\
AAAAAAAAAAAAAAAAAAAAAAAAAAADUpDUqAAAAAAAAAAAAAAAAAAAAAAAAAAADUrDUsDUsAAAAAAAAAAAAAAAAAADUsAAAAAAAAADUtDUuAAAAAADUvAAAAAA\
AAAAAAAAAAAAAAAAAADUwAAADUxAAAAAAAAAAAAAAAAAAAAADUyDUyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADUzDU0DU0DU0DU0DU0DU0DU1DU1DU1DU1\
DU2DU2DU2DU2DU2DU2DU2DU2DU2DU2AAAAAAAAAAAAAAAAAAAAAAAAAAADU3AAAAAAAAAAAAAAAAAAAAADU4AAAAAAAAAAAAAAAAAAAAAAAADU5AAAAAAAAA\
DU6DU7DU8DU6DU6DU6DU6DU6DU9DU+AAAAAAAAAAAAAAAAAAAAAAAAAAADU6DU/DU/DU/DU/DU/DU/DU/DU/DU/DU/AAADVAAAAAAAAAAAAAAAAAAAAAAAAA\
DVBDVBDVBDVBDVBDVBDVBDVBDVBDVBDU6DU6DU6DU6DU6DU6DU6DU6DU6DU6DVCDVCDVCDVCDVCDVCDVCDVCDVCDVCAAAAAAAAAAAAAAAAAAAAADVDAAAAAA\
AAAAAAAAAAAAAAAAAAAAADVEAAAAAAAAAAAAAAAAAAAAAAAADVFDVGAAAAAADVHDVHDVHDVHDVHDVHDVHDVHDVHDVHDVHAAAAAAAAAAAADVHAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAADVHDVHDVHDVHDVHDVHDVHAAAAAAAAAAAAAAADVHDVHAAAAAAAAADVHDVHDVHDVHDVHDVHDVIDVIDVIDVIDVIDVIDVIDVIDVIDVI\
DVIDVIDVIDVIAAAAAAAAAAAAAAAAAADVJDVJDVJDVJDVJDVJDVJDVJDVJDVJDVKDVKDVKDVKDVKDVKDVKDVKDVKDVKDVLDVLDVLDVLAAAAAAAAAAAAAAAAAA\
DVLDVLDVLDVLDVLDVLDVHDVHDVHDVHDVLDVLDVLDVLDVLDVLDVLDVLDVLDVLDVLDVLDVLDVLDVHDVHDVLDVLDVHDVHDVMDVMDVMDVMDVMDVMDVMDVMDVMDVM\
DVNDVNDVNDVNDVNDVNDVNDVNDVNDVNDVODVODVODVODVODVODVODVODVODVODVPDVPDVPDVPDVPDVPDVPDVPDVPDVPDVQDVQDVQDVQDVQDVQDVQDVQDVQDVQ\
DVRDVRDVRDVRDVRDVRDVRDVRDVRDVRDVSDVSDVSDVSDVSDVSDVSDVSDVSDVSDVTDVTDVTDVTDVTDVTDVTDVTDVTDVTDVUDVUDVUDVUDVUDVUDVUDVUDVUDVU\
DVVDVVDVVDVVDVVDVVDVVDVVDVVDVVDVWDVWDVWDVWDVWDVWDVWDVWDVWDVWDVXDVXDVXDVXDVXDVXDVXDVXDVXDVXDVYDVYDVYDVYDVYDVYDVYDVYDVYDVY\
DVZDVZDVZDVZDVZDVZDVZDVZDVZDVZDVaDVaDVaDVaDVaDVaDVaDVaDVaDVaDVbDVbDVbDVbDVbDVbDVbDVbDVbDVbDVcDVcDVcDVcDVcDVcDVcDVcDVcDVc\
DVdDVdDVdDVdDVdDVdDVdDVdDVdDVdDVeDVeDVeDVeDVeDVeDVeDVeDVeDVeDVfDVfDVfDVfDVfDVfDVfDVfDVfDVfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAADVhDViDVjDVkDVlDVmDVnDVoAAADVpDVpDVpAAAAAAAAAAAAAAAAAADVpDVpDVpDVpDVpDVpDVpDVpAAAAAADVpDVpDVpDVpDVpDVpDVpDVpDVpDVp\
AAAAAADVpDVpDVpDVpDVqDVpDVpAAADVrAAAAAAAAAAAAAAAAAAAAADVrAAAAAADVrDVrDVrDVrDVrDVrDVrAAADVrDVsDVrDVrDVrDVrDVrDVrDVrDVrDVr\
DVtDVuAAAAAAAAAAAAAAAAAAAAAAAADVvDVvDVvDVvDVvDVvDVvDVvDVvDVvDVwDVwDVwDVwDVwDVwDVwDVwDVwDVwDVxDVxDVxDVxDVxDVxDVxDVxDVxDVx\
DVyDVyDVyDVyDVyDVyDVyDVyDVyDVyDVzDVzDVzDVzDVzDVzDVzDVzDVzDVzDVqDVqDVqDVqDVqDVqDVqDVqDVqDVqDV0DV0DV0DV0DV0DV0DV0DV0DV0DV0\
DV1DV1DV1DV1DV1DV1DV1DV1DV1DV1DV2DV2DV2DV2DV2DV2DV2DV2DV2DV2DV3DV3DV3DV3DV3DV3DV3DV3DV3DV3DV4DV4DV4DV4DV4DV4DV4DV4DV4DV4\
DV5DV5DV5DV5DV5DV5DV5DV5DV5DV5DV6DV6DV6DV6DV6DV6DV6DV6DV6DV6DV7DV7DV7DV7DV7DV7DV7DV7DV7DV7DV8DV8DV8DV8DV8DV8DV8DV8DV8DV8\
DV9DV9DV9DV9DV9DV9DV9DV9DV9DV9DV+DV+DV+DV+DV+DV+DV+DV+DV+DV+DV/DV/DV/DV/DV/DV/DV/DV/DV/DV/DWADWADWADWADWADWADWADWADWADWA\
DWBDWBDWBDWBDWBDWBDWBDWBDWBDWBDWCDWCDWCDWCDWCDWCDWCDWCDWCDWCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DWDDWDDWDDWDDWDDWDDWDDWDDWDDWDDWEDWEDWEDWEDWEDWEDWEDWEDWEDWEDWFDWFDWFDWFDWFDWFDWFDWFDWFDWFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADWHDWIDWJAAADWKAAAAAAAAADWLDWMDWNAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAADWOAAADWPDWQDWRDWQDWQDWQDWQDWQDWQDWQDWQDWSAAADWQDWQDWQDWQDWQDWQAAAAAADWTAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DWUDWVDWVDWVDWVDWVDWVDWVDWVDWVDWWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADWXAAAAAAAAAAAADWXAAAAAAAAAAAAAAADWYDWY\
DWZDWZDWZDWZDWZDWZDWZDWZDWZDWZDWaDWaDWaDWaDWaDWaDWaDWaDWaDWaAAAAAAAAAAAAAAADWbAAAAAAAAAAAADWbAAAAAAAAAAAADWbAAAAAAAAAAAA\
DWcDWcDWcDWcDWcDWcDWcDWcDWcAAADWdDWdDWdDWdDWdDWdDWdDWdDWdDWdAAAAAAAAAAAADWeAAAAAAAAAAAAAAADWfAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAADWfAAAAAADWfDWfDWfDWfDWfDWfDWfDWfDWfDWfDWgDWgDWgDWgDWgDWgDWgDWgDWgDWgDWhDWhDWhDWhDWhDWhDWhDWhDWhDWh\
DWiDWiDWiDWiDWiDWiDWiDWiDWiDWiDWjDWjDWjDWjDWjDWjDWjDWjDWjDWjDWkDWkDWkDWkDWkDWkDWkDWkDWkDWkDWlDWlDWlDWlDWlDWlDWlDWlDWlDWl\
DWmDWmDWmDWmDWmDWmDWmDWmDWmDWmDWnDWnDWnDWnDWnDWnDWnDWnDWnDWnDWoDWoDWoDWoDWoDWoDWoDWoDWoDWoDWpDWpDWpDWpDWpDWpDWpDWpDWpDWp\
DWqDWqDWqDWqDWqDWqDWqDWqDWqDWqDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWrDWsDWsDWsDWsDWsDWsDWsDWsDWsDWs\
DWtDWtDWtDWtDWtDWtDWtDWtDWtDWtDWuDWuDWuDWuDWuDWuDWuDWuDWuDWuDWvDWvDWvDWvDWvDWvDWvDWvDWvDWvDWwDWwDWwDWwDWwDWwDWwDWwDWwDWw\
DWxDWxDWxDWxDWxDWxDWxDWxDWxDWxDWyDWyDWyDWyDWyDWyDWyDWyDWyDWyDWzDWzDWzDWzDWzDWzDWzDWzDWzDWzDW0DW0DW0DW0DW0DW0DW0DW0DW0DW0\
DW1DW1DW1DW1DW1DW1DW1DW1DW1DW1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW2DW2DW2DW2DW2DW2DW2DW2DW2DW2\
DW3DW3DW3DW3DW3DW3DW3DW3DW3DW3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW4DW4DW4DW4DW4DW4DW4DW4DW4DW4\
DW5DW5DW5DW5DW5DW5DW5DW5DW5DW5DW6DW6DW6DW6DW6DW6DW6DW6DW6DW6DWxDWxDWxDWxDWxDWxDWxDWxDWxDWxAAAAAAAAAAAAAAAAAADW8AAAAAADW9\
DW+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/DXADXBDXCDXDAAADXEDXEDXEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADXFDXGAAADXHAAAAAAAAA\
DXHDXIDXIDXJDXIDXKDXIDXIAAAAAAAAAAAAAAAAAAAAADXIDXIDXIDXIDXIAAAAAADXLDXMDXNAAADXODXPDXQAAAAAAAAAAAADXRDXHAAADXHDXSDXTAAA\
DXUDXUDXUDXUDXUDXUDXUDXUDXUDXUDXVDXVDXVDXVDXVDXVAAAAAAAAAAAAAAADXVAAAAAADXVAAAAAAAAAAAAAAADXVDXVDXVDXVDXVDXVDXVDXVDXVDXV\
DXWDXWDXWDXWDXWDXWDXWDXWDXWDXWDXWDXWAAAAAAAAAAAAAAAAAAAAAAAADXXDXXDXXDXXDXXDXXDXXDXXDXXDXXDXVDXVAAAAAADXVAAAAAAAAAAAAAAA\
DXVAAADXVDXVDXVDXVDXVDXVDXVDXVAAAAAAAAAAAADXVDXVDXVDXVDXVDXVAAAAAAAAADXVAAADXVAAADXVAAAAAAAAAAAAAAAAAAAAAAAAAAADXVAAAAAA\
AAAAAAAAAAAAAAAAAAAAADXVDXVDXVAAAAAAAAADXVAAAAAAAAAAAAAAADXVDXVDXVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADXVAAADXVDXVDXV\
DXYDXYDXYDXYDXYDXYDXYDXYDXYDXYDXZDXZDXZDXZDXZDXZDXZDXZDXZDXZDXaDXaDXaDXaDXaDXaDXaDXaDXaDXaDXbDXbDXbDXbDXbDXbDXbDXbDXbDXb\
DXcDXcDXcDXcDXcDXcDXcDXcDXcDXcDXdDXdDXdDXdDXdDXdDXdDXdDXdDXdDXeDXeDXeDXeDXeDXeDXeDXeDXeDXeDXfDXfDXfDXfDXfDXfDXfDXfDXfDXf\
DXgDXgDXgDXgDXgDXgDXgDXgDXgDXgDXhDXhDXhDXhDXhDXhDXhDXhDXhDXhDXiDXiDXiDXiDXiDXiDXiDXiDXiDXiDXjDXjDXjDXjDXjDXjDXjDXjDXjDXj\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADXkDXkDXkDXkDXkDXkDXkDXkDXkDXkDXlDXlDXlDXlDXlDXlDXlDXlDXlDXlDXmDXmDXmDXmDXmDXmDXmDXmDXmDXm\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADXoAAAAAADXo\
DXpDXpDXpDXpDXpDXpDXpDXpDXpDXpDXqDXqDXqDXqDXqDXqDXqDXqDXqDXqDXrDXrDXrDXrDXrDXrDXrDXrDXrDXrDXsDXsDXsDXsDXsDXsDXsDXsDXsDXs\
DXtDXtDXtDXtDXtDXtDXtDXtDXtDXtDXuDXuDXuDXuDXuDXuDXuDXuDXuDXuDXvDXvDXvDXvDXvDXvDXvDXvDXvDXvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAADXxDXyAAAAAADXzAAAAAAAAADX0AAAAAAAAAAAAAAAAAAAAAAAAAAADX1AAAAAAAAAAAAAAAAAAAAAAAADX2DX3DX4AAAAAADX5AAADX6DX7DX8\
AAAAAAAAAAAAAAAAAAAAAAAADX9DX+AAAAAAAAAAAAAAAAAADX/DYAAAAAAADYBDYBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYCAAADYCDYCAAA\
DYCAAAAAAAAAAAADYCAAAAAAAAAAAADYCAAAAAAAAAAAAAAAAAAAAAAAAAAADYBAAAAAAAAAAAAAAAAAADYBAAAAAADYBDYBDYBDYBDYBDYBDYBDYBDYBDYB\
DYBAAAAAAAAAAAADYBDYBAAAAAAAAADYDDYEDYDDYDDYEDYEDYEDYEDYEAAAAAADYEAAAAAADYEDYEAAADYEDYEAAADYDDYEDYDDYDDYEDYEDYEDYEDYEDYE\
DYDAAAAAAAAAAAAAAAAAAAAAAAAAAADYEDYEDYEDYEDYEDYEDYEDYEDYEDYEDYDDYDDYDDYDDYDDYDDYDDYDDYDDYDDYFDYFDYFDYFDYFDYFDYFDYFDYFDYF\
DYGDYGDYGDYGDYGDYGDYGDYGDYGDYGDYHDYHDYHDYHDYHDYHDYHDYHDYHDYHDYIDYIDYIDYIDYIDYIDYIDYIDYIDYIDYJDYJDYJDYJDYJDYJDYJDYJDYJDYJ\
DYKDYKDYKDYKDYKDYKDYKDYKDYKDYKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYMDYMAAAAAADYMAAAAAA\
DYNDYNDYNDYNDYNDYNDYNDYNDYNDYNDYODYODYODYODYODYODYODYODYODYODYPDYPDYPDYPDYPDYPDYPDYPDYPDYPDYQDYQDYQDYQDYQDYQDYQDYQDYQDYQ\
DYRDYRDYRDYRDYRDYRDYRDYRDYRDYRDYSDYSDYSDYSDYSDYSDYSDYSDYSDYSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYUDYVDYWAAAAAADYXDYYDYZ\
AAADYaDYaDYaDYaDYaAAAAAAAAAAAAAAADYaDYaDYaDYaDYaDYaDYaDYaDYaAAADYaDYaDYaDYaAAAAAAAAAAAAAAADYbAAADYcDYcDYcDYcDYcDYcDYcAAA\
DYdAAAAAAAAAAAAAAAAAAAAAAAAAAADYeAAAAAAAAAAAAAAAAAAAAAAAAAAADYfDYfDYfDYfDYfDYfDYfDYfDYfDYfDYgDYgDYgDYgDYgDYgDYgDYgDYgDYg\
DYhDYhDYhDYhDYhDYhDYhDYhDYhDYhDYiDYiDYiDYiDYiDYiDYiDYiDYiDYiDYjDYjDYjDYjDYjDYjDYjDYjDYjDYjDYkDYkDYkDYkDYkDYkDYkDYkDYkDYk\
DYlDYlDYlDYlDYlDYlDYlDYlDYlDYlDYmDYmDYmDYmDYmDYmDYmDYmDYmDYmDYnDYnDYnDYnDYnDYnDYnDYnDYnDYnDYoDYoDYoDYoDYoDYoDYoDYoDYoDYo\
DYpDYpDYpDYpDYpDYpDYpDYpDYpDYpDYqDYqDYqDYqDYqDYqDYqDYqDYqDYqDYrDYrDYrDYrDYrDYrDYrDYrDYrDYrDYsDYsDYsDYsDYsDYsDYsDYsDYsDYs\
DYtDYtDYtDYtDYtDYtDYtDYtDYtDYtDYuDYuDYuDYuDYuDYuDYuDYuDYuDYuDYvDYvDYvDYvDYvDYvDYvDYvDYvDYvDYwDYwDYwDYwDYwDYwDYwDYwDYwDYw\
DYxDYxDYxDYxDYxDYxDYxDYxDYxDYxDYyDYyDYyDYyDYyDYyDYyDYyDYyDYyDYzDYzDYzDYzDYzDYzDYzDYzDYzDYzDY0DY0DY0DY0DY0DY0DY0DY0DY0DY0\
DY1DY1DY1DY1DY1DY1DY1DY1DY1DY1DY2DY2DY2DY2DY2DY2DY2DY2DY2DY2DY3DY3DY3DY3DY3DY3DY3DY3DY3DY3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY4DY4DY4DY4DY4DY4DY4DY4DY4DY4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY6AAADY7AAAAAAAAAAAAAAAAAADY8DY9DY+DY/DZAAAAAAAAAAAAAAAADZBDZBDZBAAAAAADZAAAAAAADZAAAA\
AAAAAAAAAAAAAAAAAADZCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZC\
DZDDZDDZDDZDDZDDZDDZDDZDDZDDZDDZCDZCDZCDZCDZCDZCDZCDZCDZCDZCDZEDZEDZEDZEDZEDZEDZEDZEDZEDZEDZFDZFDZFDZFDZFDZFDZFDZFDZFDZF\
DZGDZGDZGDZGDZGDZGDZGDZGDZGDZGDZHDZHDZHDZHDZHDZHDZHDZHDZHDZHDZIDZIDZIDZIDZIDZIDZIDZIDZIDZIDZJDZJDZJDZJDZJDZJDZJDZJDZJDZJ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZLDZMDZMDZNAAADZODZOAAADZPDZPDZQDZPDZPDZPDZPDZPDZPDZP\
DZPDZPDZPDZPDZPDZPDZPDZPDZPDZPDZPDZPDZPDZRDZRDZPDZPDZPDZPDZPDZSDZSDZSDZSDZSDZSDZSDZSDZSDZSDZTDZTDZTDZTDZTDZTDZTDZTDZTDZT\
DZTDZTDZTDZTDZTDZTDZTDZTDZUDZUDZVDZVDZVDZVDZVDZVDZVDZVDZVDZVDZUDZUDZUDZUDZUDZUDZUDZUDZUDZUDZWDZWDZWDZWDZWDZWDZWDZWDZWDZW\
DZXDZXDZXDZXDZXDZXDZXDZXDZXDZXDZYDZYDZYDZYDZYDZYDZYDZYDZYDZYDZZDZZDZZDZZDZZDZZDZZDZZDZZDZZDZaDZaDZaDZaDZaDZaDZaDZaDZaDZa\
DZbDZbDZbDZbDZbDZbDZbDZbDZbDZbDZcDZcDZcDZcDZcDZcDZcDZcDZcDZcDZdDZdDZdDZdDZdDZdDZdDZdDZdDZdDZeDZeDZeDZeDZeDZeDZeDZeDZeDZe\
DZfDZfDZfDZfDZfDZfDZfDZfDZfDZfDZgDZgDZgDZgDZgDZgDZgDZgDZgDZgDZhDZhDZhDZhDZhDZhDZhDZhDZhDZhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZjAAADZkDZlDZmDZnDZoDZpAAAAAADZqAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAADZrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZuAAAAAA\
DZvDZvDZvDZvDZvDZvDZvDZvDZvDZvAAAAAAAAAAAAAAAAAAAAAAAAAAADZwAAAAAADZxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZyAAAAAAAAAAAAAAA\
AAAAAAAAADZxDZxDZxDZxDZxDZxDZxAAAAAAAAAAAAAAAAAADZxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZxAAAAAADZxDZxDZxDZxDZxDZxDZxDZxDZxDZx\
AAAAAAAAAAAAAAAAAAAAAAAAAAADZxDZzDZzDZzDZzDZzDZzDZzDZzDZzDZzDZ0DZ0DZ0DZ0DZ0DZ0DZ0DZ0DZ0DZ0DZ1DZ1DZ1DZ1DZ1DZ1DZ1DZ1DZ1DZ1\
DZ2DZ2DZ2DZ2DZ2DZ2DZ2DZ2DZ2DZ2DZ3DZ3DZ3DZ3DZ3DZ3DZ3DZ3DZ3DZ3DZ4DZ4DZ4DZ4DZ4DZ4DZ4DZ4DZ4DZ4DZ5DZ5DZ5DZ5DZ5DZ5DZ5DZ5DZ5DZ5\
DZ6DZ6DZ6DZ6DZ6DZ6DZ6DZ6DZ6DZ6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ8DZ9DZ+DZ/DaADaBDaCDaDDaE\
AAAAAAAAAAAAAAAAAAAAAAAADaFAAADaGAAAAAAAAAAAAAAAAAADaHAAAAAADaIDaIDaIAAAAAAAAAAAAAAAAAAAAAAAAAAADaIAAAAAADaIAAADaIAAAAAA\
AAAAAAAAADaIDaIAAAAAAAAAAAAAAAAAAAAAAAAAAADaJAAAAAAAAAAAAAAADaKDaKDaKDaKDaKDaKDaKDaKDaKDaKAAADaKDaKDaKDaKDaLAAAAAADaKAAA\
AAAAAAAAAAAAAAAAAAAAADaIDaIAAADaMAAAAAAAAAAAAAAAAAAAAAAAAAAADaNDaNDaNDaNDaNDaNDaNDaNAAAAAADaODaOAAAAAAAAADaNDaNAAADaNAAA\
DaPDaPDaPDaPDaPDaPDaPDaPDaPDaPAAADaPDaPDaPDaPDaPDaPDaPDaPDaPDaQDaQDaQDaQDaQDaQDaQDaQDaQDaQDaRDaQDaRDaRDaRDaQDaRDaRDaRDaR\
DaSDaSDaSDaSDaSDaSDaSDaSDaSDaSDaTDaTDaTDaTDaTDaTDaTDaTDaTDaTDaUDaUDaUDaUDaUDaUDaUDaUDaUDaUDaVDaVDaVDaVDaVDaVDaVDaVDaVDaV\
DaWDaWDaWDaWDaWDaWDaWDaWDaWDaWDaXDaXDaXDaXDaXDaXDaXDaXDaXDaXDaYDaYDaYDaYDaYDaYDaYDaYDaYDaYDaZDaZDaZDaZDaZDaZDaZDaZDaZDaZ\
DaaDaaDaaDaaDaaDaaDaaDaaDaaDaaDabDabDabDabDabDabDabDabDabDabDacDacDacDacDacDacDacDacDacDacDadDadDadDadDadDadDadDadDadDad\
DaeDaeDaeDaeDaeDaeDaeDaeDaeDaeDafDafDafDafDafDafDafDafDafDafDagDagDagDagDagDagDagDagDagDagDahDahDahDahDahDahDahDahDahDah\
DaiDaiDaiDaiDaiDaiDaiDaiDaiDaiDajDajDajDajDajDajDajDajDajDajDakDakDakDakDakDakDakDakDakDakDalDalDalDalDalDalDalDalDalDal\
DamDamDamDamDamDamDamDamDamDamDanDanDanDanDanDanDanDanDanDanDaoDaoDaoDaoDaoDaoDaoDaoDaoDaoDapDapDapDapDapDapDapDapDapDap\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqDaqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADasAAADatDauDavDawDaxDayDazDa0\
AAAAAAAAAAAAAAAAAAAAAAAADa1AAADa2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2Da2AAADa2Da2Da2Da2Da2AAAAAAAAAAAAAAA\
Da2AAAAAAAAADa3Da4AAAAAAAAAAAADa5AAAAAADa6AAAAAAAAAAAADa7Da5Da5Da5Da5Da8Da5Da5Da5Da8Da8Da5Da2AAAAAAAAADa8Da2Da8Da8Da8Da8\
AAAAAAAAAAAAAAAAAAAAAAAAAAADa9Da+AAAAAAAAAAAAAAAAAAAAAAAAAAADa/Da/Da/Da/Da/Da/Da/Da/Da/Da/DbADbADbADbADbADbAAAAAAAAAAAAA\
DbBDbBDbBDbBDbADbADbADbBDbBDbBDbCDbCDbCDbCDbCDbCDbCDbCDbCDbCDbAAAADbAAAAAAAAAAAAAAAAAAAAAAAAADbAAAAAAAAAADbADbADbADbADbA\
DbADbADbADbADbADbADbADbADbADbAAAAAAAAAAAAAAAAAAAAAAAAAAAADbADbDAAAAAAAAAAAAAAAAAAAAAAAAAAADbEDbEDbEDbEDbEDbEDbEDbEDbEDbE\
DbFDbFDbFDbFDbFDbFDbFDbFDbFDbFDbGDbGDbGDbGDbGDbGDbGDbGDbGDbGDbHDbHDbHDbHDbHDbHDbHDbHDbHDbHDbIDbIDbIDbIDbIDbIDbIDbIDbIDbI\
DbJDbJDbJDbJDbJDbJDbJDbJDbJDbJDbKDbKDbKDbKDbKDbKDbKDbKDbKDbKDbLDbLDbLDbLDbLDbLDbLDbLDbLDbLDbMDbMDbMDbMDbMDbMDbMDbMDbMDbM\
DbNDbNDbNDbNDbNDbNDbNDbNDbNDbNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADbODbODbODbODbODbODbODbODbODbODbPDbPDbPDbPDbPDbPDbPDbPDbPDbP\
DbODbODbODbODbODbODbODbODbODbODbQDbQDbQDbQDbQDbQDbQDbQDbQDbQDbRDbRDbRDbRDbRDbRDbRDbRDbRDbRDbSDbSDbSDbSDbSDbSDbSDbSDbSDbS\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADbUDbVDbVDbWDbXDbYDbZDbaDbb\
AAAAAAAAADbcDbdDbdDbdDbdDbcDbdDbdDbdDbdDbdDbdDbdDbdDbdDbdDbdDbdDbdDbdAAAAAAAAAAAAAAADbeAAADbdDbfDbfDbdAAAAAAAAAAAAAAAAAA\
DbdDbdDbdDbdAAAAAAAAADbdDbgDbgAAADbgDbgDbgDbgDbgDbgDbgDbgDbgAAAAAAAAAAAADbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbgDbh\
DbiDbiDbiDbiDbiDbiDbiDbiDbiDbiDbjDbjDbjDbjDbjDbjDbjDbjDbjDbjDbkDbkDbkDbkDbkDbkDbkDbkDbkDbkDblDblDblDblDblDblDblDblDblDbl\
DbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmDbmAAADbnDbnDbnDbnDbnDbnDbnDbnDbnDbnDboDboDboDboDboDboDboDboDboDbo\
DbpDbpDbpDbpDbpDbpDbpDbpDbpDbpDbqDbqDbqDbqDbqDbqDbqDbqDbqDbqDbeDbeDbeDbeDbeDbeDbeDbeDbeDbeDbrDbrDbrDbrDbrDbrDbrDbrDbrDbr\
DbsDbsDbsDbsDbsDbsDbsDbsDbsDbsDbtDbtDbtDbtDbtDbtDbtDbtDbtDbtDbuDbuDbuDbuDbuDbuDbuDbuDbuDbuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADbwDbxDbyDbzAAADb0Db1Db2\
Db3AAADb3Db3Db3Db3Db3Db3Db3Db3Db4AAAAAADb4Db3Db3Db3Db3Db5AAAAAAAAAAAAAAAAAAAAAAAAAAADb6AAADb7Db7Db7Db7Db7Db7Db7Db7Db7Db7\
Db7Db7Db7Db7Db7Db7Db7Db7AAAAAADb7Db8Db7Db7Db7Db7Db7Db7Db9Db7Db+Db/AAAAAAAAAAAAAAAAAAAAAAAADcADcADcADcADcADcADcADcADcADcA\
DcBDcBDcBDcBDcBDcBDcBDcBDcBDcBDcADcADcADcADcADcADcADcADcAAAAAAAAAAAAAAAADcADcADcADcADcADcADcCDcCDcCDcCDcCDcCDcCDcCDcCDcC\
DcCDcDDcCDcCDcCDcCDcCDcCDcDDcCDcEDcEDcEDcEDcEDcEDcEDcEDcEDcEDcFDcGDcGDcGDcGDcGDcGDcGDcGDcGDcGDcGAAAAAAAAAAAAAAAAAAAAAAAA\
DcHDcHDcHDcHDcHDcHDcHDcHDcHDcHDcIDcIDcIDcIDcIDcIDcIDcIDcIDcIDcJDcJDcJDcJDcJDcJDcJDcJDcJDcJDcKDcKDcKDcKDcKDcKDcKDcKDcKDcK\
DcLDcLDcLDcLDcLDcLDcLDcLDcLDcLDb4Db4Db4Db4Db4Db4Db4Db4Db4Db4DcMDcMDcMDcMDcMDcMDcMDcMDcMDcMDcNDcNDcNDcNDcNDcNDcNDcNDcNDcN\
DcODcODcODcODcODcODcODcODcODcODcPDcPDcPDcPDcPDcPDcPDcPDcPDcPDcQDcQDcQDcQDcQDcQDcQDcQDcQDcQDcRDcRDcRDcRDcRDcRDcRDcRDcRDcR\
DcSDcSDcSDcSDcSDcSDcSDcSDcSDcSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADcTDcTDcTDcTDcTDcTDcTDcTDcTDcT\
DcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcTDcUDcUDcUDcUDcUDcUDcUDcUDcUDcUDcVDcVDcVDcVDcVDcVDcVDcVDcVDcV\
DcWDcWDcWDcWDcWDcWDcWDcWDcWDcWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADcYAAADcZDcaDcbDccDcdDcZDceDcZ\
AAAAAAAAAAAAAAAAAAAAAAAADcfAAADcgDcgDcgDcgDcgDcgDcgDcgDcgDcgDchDchDchDchDchDchDchAAAAAAAAAAAAAAAAAAAAAAAADcgAAAAAAAAAAAA\
DcgDcgAAAAAAAAADcgDcgAAADcgAAADciAAADchAAAAAADchDchDchAAAAAADcgAAAAAADcgDcgDchDcgDcgDchDcgDcjAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DckDckDckDckDckDckDckDckDckDckDclDclDclDclDclDclDclDclDclDclAAAAAAAAADclAAAAAAAAAAAAAAAAAADcmAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DcnDcnDcnDcnDcnDcnDcnDcnDcnDcnDcoDcoDcoDcoDcoDcoDcoDcoDcoDcoDcpDcpDcpDcpDcpDcpDcpDcpDcpDcpDcqDcqDcqDcqDcqDcqDcqDcqDcqDcq\
DcrDcrDcrDcrDcrDcrDcrDcrDcrDcrDcsDcsDcsDcsDcsDcsDcsDcsDcsDcsDctDctDctDctDctDctDctDctDctDctDcuDcuDcuDcuDcuDcuDcuDcuDcuDcu\
DcvDcvDcvDcvDcvDcvDcvDcvDcvDcvDcwDcwDcwDcwDcwDcwDcwDcwDcwDcwDcxDcxDcxDcxDcxDcxDcxDcxDcxDcxDcyDcyDcyDcyDcyDcyDcyDcyDcyDcy\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADczDczDczDczDczDczDczDczDczDczDc0Dc0Dc0Dc0Dc0Dc0Dc0Dc0Dc0Dc0\
Dc1Dc1Dc1Dc1Dc1Dc1Dc1Dc1Dc1Dc1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc3Dc4Dc5Dc6Dc7Dc8Dc9Dc+AAAAAAAAAAAAAAADc/AAADdAAAAAAA\
AAAAAAAAAAAADc/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdBDdCAAADdDAAAAAAAAAAAADc/DdEAAAAAAAAADdAAAAAAAAAADdFDdGDdGDdEDdGDdHDdGDdG\
AAAAAAAAADdIDdAAAAAAADdBDdGAAAAAAAAADdEDdCAAADc/AAADdJDdBAAADdKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdLAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAADdLAAAAAADdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMDdMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdLAAA\
AAAAAAAAAAAADdLAAAAAAAAAAAAAAADdMAAADdLAAAAAAAAAAAAAAAAAAAAADdMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdL\
AAAAAAAAADdLAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdLAAAAAAAAADdLAAAAAAAAAAAAAAAAAAAAAAAAAAADdNDdNDdNDdNDdNDdNDdNDdNDdNDdN\
DdODdODdODdODdODdODdODdODdODdODdPDdPDdPDdPDdPDdPDdPDdPDdPDdPDdQDdQDdQDdQDdQDdQDdQDdQDdQDdQDdRDdRDdRDdRDdRDdRDdRDdRDdRDdR\
DdSDdSDdSDdSDdSDdSDdSDdSDdSDdSDdTDdTDdTDdTDdTDdTDdTDdTDdTDdTDdUDdUDdUDdUDdUDdUDdUDdUDdUDdUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdWAAAAAADdXDdYDdZDdaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADdbAAAAAAAAAAAAAAAAAAAAA\
DdcAAADddDddAAAAAAAAAAAAAAAAAAAAAAAADdeDdeAAAAAAAAAAAAAAAAAADdfDdfDdfDdfDdfDdfDdfDdfDdfDdfDdgDdgDdgDdgDdgDdgDdgDdgDdgDdg\
DdhDdhDdhDdhDdhDdhDdfDdfDdfDdfDdiDdiDdiDdiDdiDdiDdiDdiDdiDdiDdjDdjDdjDdjDdjDdjDdjDdjDdjDdjDdkDdkDdkDdkDdkDdkDdkDdkDdkDdk\
DdlDdlDdlDdlDdlDdlDdlDdlDdlDdlDdmDdmDdmDdmDdmDdmDdmDdmDdmDdmDdnDdnDdnDdnDdnDdnDdnDdnDdnDdnDdoDdoDdoDdoDdoDdoDdoDdoDdoDdo\
DdpDdpDdpDdpDdpDdpDdpDdpDdpDdpDdqDdqDdqDdqDdqDdqDdqDdqDdqDdqDdrDdrDdrDdrDdrDdrDdrDdrDdrDdrDdsDdsDdsDdsDdsDdsDdsDdsDdsDds\
DdtDdtDdtDdtDdtDdtDdtDdtDdtDdtDduDduDduDduDduDduDduDduDduDduDdvDdvDdvDdvDdvDdvDdvDdvDdvDdvDdwDdwDdwDdwDdwDdwDdwDdwDdwDdw\
DdxDdxDdxDdxDdxDdxDdxDdxDdxDdxDdyDdyDdyDdyDdyDdyDdyDdyDdyDdyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DdzDdzDdzDdzDdzDdzDdzDdzDdzDdzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd0Dd0Dd0Dd0Dd0Dd0Dd0Dd0Dd0Dd0\
Dd1Dd1Dd1Dd1Dd1Dd1Dd1Dd1Dd1Dd1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd3Dd4Dd5Dd6AAADd6Dd6AAADd7Dd7Dd7Dd7Dd7Dd7Dd7Dd7Dd7Dd7\
AAADd7AAADd7Dd7Dd7Dd7Dd7AAAAAAAAADd7Dd7Dd7Dd7Dd7AAAAAAAAAAAADd8Dd8Dd8Dd8Dd8Dd8Dd8Dd8Dd8Dd8Dd9Dd9Dd9Dd9Dd9Dd9Dd9Dd9Dd9Dd9\
Dd+Dd+Dd+Dd+Dd+Dd+Dd+Dd+Dd+Dd+Dd/Dd/Dd/Dd/Dd/Dd/Dd/Dd/Dd/Dd/DeADeADeADeADeADeADeADeADeADeADeBDeBDeBDeBDeBDeBDeBDeBDeBDeB\
DeCDeCDeCDeCDeCDeCDeCDeCDeCDeCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADeEDeFDeFDeEDeGAAA\
DeHDeHDeHDeHDeHDeHDeHDeHDeHDeHDeIDeIDeIDeIDeIDeIDeIDeIDeIDeIAAAAAAAAAAAAAAAAAAAAAAAADeJAAADeKDeKDeKDeKDeKDeKDeKDeKDeKDeK\
DeLDeLDeLDeLDeLDeLDeLDeLDeLDeLAAAAAAAAAAAAAAAAAAAAAAAADeMAAADeNDeNDeNDeNDeNDeNDeNDeNDeNDeNDeODeODeODeODeODeODeODeODeODeO\
AAADeFDeFDeFDeFDeFDeFDeFDeFDeFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADeQDeQDeQDeQDeRDeSDeTAAA\
DeUDeUDeUDeUDeUDeUDeUDeUDeUDeUDeQDeUDeUDeUDeUDeUDeUDeUDeUDeUAAADeVDeVDeVAAADeVDeVDeVDeVAAADeWAAAAAADeVDeVDeVDeVDeVAAADeX\
DeYDeYDeYDeYDeYDeYDeYDeYDeYDeYDeZDeZDeZDeZDeZDeZDeZDeZDeZDeZDeaAAAAAAAAAAAAAAAAAAAAAAAAAAADebDebDebDebDebDebDebDebDebDeb\
DecDecDecDecDecDecDecDecDecDecDedDedDedDedDedDedDedDedDedDedDeeDeeDeeDeeDeeDeeDeeDeeDeeDeeDefDefDefDefDefDefDefDefDefDef\
DegDegDegDegDegDegDegDegDegDegDehDehDehDehDehDehDehDehDehDehDeiDeiDeiDeiDeiDeiDeiDeiDeiDeiDeVDeVDeVDeVDeVDeVDeVDeVDeVDeV\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADejDejDejDejDejDejDejDejDejDejDekDekDekDekDekDekDekDekDekDekDelDelDelDelDelDelDelDelDelDel\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADenDeoDenDepDeqDerDesAAADetDetDetDetDetDetDetDetDetDet\
DeuDetDetDetDetDetDetDetDetDetDetAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADevDewAAADexAAAAAAAAAAAADewDewDeyDezDewDe0DewDewDewDew\
DetDetDetDetDetDetAAAAAAAAAAAADe1De1De1De1De1De1De1De1De1De1De2De3AAAAAAAAAAAAAAAAAAAAAAAADe4AAAAAAAAAAAAAAAAAAAAAAAAAAA\
De5De5De5De5De5De5De5De5De5De5De6De7De8De9De9De9AAAAAAAAAAAADe5De5De5De5De5De5De5De+De5De5De5De/De5De5De5De5De5De5De5De5\
DfADfBDfCDfDDfDDe/De5De5De5De5DfEDfEDfEDfEDfEDfEDfEDfEDfEDfEDfFDfFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADfGAAAAAAAAAAAAAAAAAAAAA\
DfHAAAAAAAAAAAAAAAAAAAAAAAAAAADfIDfIDfIDfIDfIDfIDfIDfIDfIDfIAAAAAADfJAAAAAAAAAAAAAAAAAAAAAAAAAAADfKAAAAAAAAAAAAAAAAAAAAA\
AAAAAADfLAAAAAAAAAAAAAAAAAAAAADepAAAAAAAAAAAAAAAAAAAAAAAAAAADenDenDenDenDenDenDenDenDenDenDfMDfIDfIDfIDfIDfIDfIDfIDfIDfI\
DfIDfIDfNDfIDfIDfIDfIDfIDfIDfIDfIDfIDfODfIDfIDfIDfIDfIDfIDfIDfIDfIDfPDfIDfIDfIDfIDfIDfIDfIDfMDfIDfIDfIDfIDfIDfIDfIDfQDfI\
DfRDfRDfRDfRDfRDfRDfRDfRDfRDfRDfSDfSDfSDfSDfSDfSDfSDfSDfSDfSAAADfTDfUAAAAAAAAAAAAAAAAAAAAADfVDfVAAAAAAAAAAAAAAAAAAAAAAAA\
DfVDfVDfVDfVDfVDfVDfVDfVDfVDfVAAADetDetAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADetDetAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADetDet\
DetDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDetDetDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDetDetDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDfVDetDet\
DfVDetDfVDfVDfVDfVDfVDfVDfVDfVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADfWDfWDfWDfWDfWDfWDfWDfWDfWDfWAAADfWAAAAAAAAAAAAAAAAAAAAAAAA\
DfWAAAAAAAAAAAAAAAAAAAAAAAAAAADfXDfXDfXDfXDfXDfXDfXDfXDfXDfXDfYDfYDfYDfYDfYDfYDfYDfYDfYDfYDfZDfZDfZDfZDfZDfZDfZDfZDfZDfZ\
DfaDfaDfaDfaDfaDfaDfaDfaDfaDfaDfbDfbDfbDfbDfbDfbDfbDfbDfbDfbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DfdAAADfeDffDfgDfhAAADfhDfiDfhAAAAAAAAAAAAAAADfjAAAAAAAAAAAADfkAAAAAADfkDfkDfkDfkDfkDfkDfkDfkDfkDfkDfkDfkDfkDflAAAAAAAAA\
AAADfkDfkDfkDfkDfkDfkDfkAAAAAADfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfmDfkDfmDfnAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DfoDfoDfoDfoDfoDfoDfoDfoDfoDfoDfpDfpDfpDfpDfpDfpDfpDfpDfpDfpDfqDfqDfqDfqDfqDfqDfqDfqDfqDfqDfrDfrDfrDfrDfrDfrDfrDfrDfrDfr\
DfsDfsDfsDfsDfsDfsDfsDfsDfsDfsDftDftDftDftDftDftDftDftDftDftDfuDfuDfuDfuDfuDfuDfuDfuDfuDfuDfvDfvDfvDfvDfvDfvDfvDfvDfvDfv\
DfwDfwDfwDfwDfwDfwDfwDfwDfwDfwDfxDfxDfxDfxDfxDfxDfxDfxDfxDfxDfyDfyDfyDfyDfyDfyDfyDfyDfyDfyDfzDfzDfzDfzDfzDfzDfzDfzDfzDfz\
Df0Df0Df0Df0Df0Df0Df0Df0Df0Df0Df1Df1Df1Df1Df1Df1Df1Df1Df1Df1Df2Df2Df2Df2Df2Df2Df2Df2Df2Df2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf4AAAAAAAAAAAADf5AAADf6\
Df7AAADf7Df7Df7Df7Df7Df7Df7Df7Df8Df8AAAAAAAAAAAAAAAAAAAAAAAADf9AAAAAAAAAAAAAAAAAAAAAAAAAAADf+Df+Df+Df+Df+Df+Df+Df+Df+Df+\
Df9Df9Df9Df9Df9Df9Df9Df9Df9Df9Df/Df/Df/Df/Df/Df/Df/Df/Df/Df/DgADgADgADgADgADgADgADgADgADgADgBDgBDgBDgBDgBDgBDgBDgBDgBDgB\
DgCDgCDgCDgCDgCDgCDgCDgCDgCDgCDgDDgDDgDDgDDgDDgDDgDDgDDgDDgDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgEDgEDgEDgEDgEDgEDgEDgEDgEDgE\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgGAAAAAAAAADgHAAADgIAAAAAAAAADgJAAAAAAAAAAAADgKDgLAAAAAAAAAAAAAAAAAADgMDgMDgM\
AAAAAAAAAAAADgNDgNDgNAAADgNDgNDgODgODgODgODgODgODgODgODgODgOAAAAAAAAAAAADgNDgNDgNAAADgNDgPDgQDgQDgQDgQDgQDgQAAAAAAAAAAAA\
DgRDgRDgRDgRDgRDgRDgRDgRDgRDgRDgSDgSDgSDgSDgSDgSDgSDgSDgSDgSDgTDgTDgTDgTDgTDgTDgTDgTDgTDgTDgUDgUDgUDgUDgUDgUDgUDgUDgUDgU\
DgVDgVDgVDgVDgVDgVDgVDgVDgVDgVDgWDgWDgWDgWDgWDgWDgWDgWDgWDgWDgXDgXDgXDgXDgXDgXDgXDgXDgXDgXDgYDgYDgYDgYDgYDgYDgYDgYDgYDgY\
DgZDgZDgZDgZDgZDgZDgZDgZDgZDgZDgaDgaDgaDgaDgaDgaDgaDgaDgaDgaDgbDgbDgbDgbDgbDgbDgbDgbDgbDgbDgcDgcDgcDgcDgcDgcDgcDgcDgcDgc\
DgdDgdDgdDgdDgdDgdDgdDgdDgdDgdDgeDgeDgeDgeDgeDgeDgeDgeDgeDgeDgfDgfDgfDgfDgfDgfDgfDgfDgfDgfDggDggDggDggDggDggDggDggDggDgg\
DghDghDghDghDghDghDghDghDghDghAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgiDgiDgiDgiDgiDgiDgiDgiDgiDgiDgjDgjDgjDgjDgjDgjDgjDgjDgjDgj\
DgkDgkDgkDgkDgkDgkDgkDgkDgkDgkDglDglDglDglDglDglDglDglDglDglDgmDgmDgmDgmDgmDgmDgmDgmDgmDgmDgnDgnDgnDgnDgnDgnDgnDgnDgnDgn\
DgoDgoDgoDgoDgoDgoDgoDgoDgoDgoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgpDgpDgpDgpDgpDgpDgpDgpDgpDgp\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgrDgsDgsAAAAAADgtAAAAAAAAAAAADguDguDguAAAAAAAAAAAAAAA\
DguDguDguDguDguDguDguDguDguDguAAAAAADgvDgvDgvAAAAAAAAAAAAAAADgwDgwDgwDgwDgwDgwDgwDgwDgwDgwDgxDgxDgxDgxDgxDgxDgxDgxDgxDgx\
DgyDgyDgyDgyDgyDgyDgyDgyDgyDgyDgzDgzDgzDgzDgzDgzDgzDgzDgzDgzDg0Dg0Dg0Dg0Dg0Dg0Dg0Dg0Dg0Dg0Dg1Dg1Dg1Dg1Dg1Dg1Dg1Dg1Dg1Dg1\
Dg2Dg2Dg2Dg2Dg2Dg2Dg2Dg2Dg2Dg2Dg3Dg3Dg3Dg3Dg3Dg3Dg3Dg3Dg3Dg3Dg4Dg4Dg4Dg4Dg4Dg4Dg4Dg4Dg4Dg4Dg5Dg5Dg5Dg5Dg5Dg5Dg5Dg5Dg5Dg5\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg7AAAAAAAAAAAADg8Dg9AAADg+Dg/Dg/AAADg/DhADg/DhBDhC\
AAAAAADhDAAAAAAAAAAAAAAAAAAAAAAAAAAADhEDhEDhEDhEDhEDhFAAAAAADhGAAADhHDhIAAAAAAAAAAAAAAAAAADhJAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DhKAAAAAAAAAAAAAAAAAAAAAAAAAAADhLAAAAAAAAAAAAAAAAAAAAAAAAAAADhMAAAAAAAAAAAAAAAAAAAAAAAAAAADhNAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DhNDhNDhNDhNDhNDhNDhNDhNDhNDhNDhODhODhODhODhODhODhODhODhODhODhPAAAAAAAAAAAAAAAAAAAAAAAAAAADhQAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DhRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhSDhSDhSDhSDhSDhSDhSDhSDhSAAAAAADhSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhSAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAADhSAAAAAAAAAAAADhSDhSDhSDhSDhSDhSDhSDhSDhSDhSDhTDhTDhTDhTDhTDhTDhTDhTDhTDhTAAAAAAAAAAAAAAAAAADhUDhUAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAADhUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhUDhUDhUDhUDhUDhUDhUDhUDhUDhUDhUDhVDhVDhVDhVDhVDhVDhVDhVDhVDhV\
DhWDhWDhWDhWDhWDhWDhWDhWDhWDhWDhXDhXDhXDhXDhXDhXDhXDhXDhXDhXDhYDhYDhYDhYDhYDhYDhYDhYDhYDhYDhZDhZDhZDhZDhZDhZDhZDhZDhZDhZ\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhbDhcDhdDheDhfAAAAAAAAAAAAAAAAAADhgDhhAAAAAAAAAAAAAAA\
AAAAAADhiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhjAAAAAAAAAAAAAAAAAADhkAAADhgAAAAAAAAAAAAAAAAAAAAADhlDhmAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAADhnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADhnAAAAAAAAADhnAAADhnDhnDhnDhnAAA\
AAAAAAAAAAAAAAAAAAAAAAAADhoAAAAAAAAAAAAAAAAAADhoAAAAAAAAAAAAAAAAAAAAAAAAAAADhpAAAAAAAAAAAADhqDhqDhqDhqDhqDhqDhqDhqDhqDhq\
DhrDhrDhrDhrDhrDhrDhrDhrDhrDhrDhsDhsDhsDhsDhsDhsDhsDhsDhsDhsDhtDhtDhtDhtDhtDhtDhtDhtDhtDhtDhuDhuDhuDhuDhuDhuDhuDhuDhuDhu\
DhvDhvDhvDhvDhvDhvDhvDhvDhvDhvDhwDhwDhwDhwDhwDhwDhwDhwDhwDhwDhxDhxDhxDhxDhxDhxDhxDhxDhxDhxDhyDhyDhyDhyDhyDhyDhyDhyDhyDhy\
DhzDhzDhzDhzDhzDhzDhzDhzDhzDhzDh0Dh0Dh0Dh0Dh0Dh0Dh0Dh0Dh0Dh0Dh1Dh1Dh1Dh1Dh1Dh1Dh1Dh1Dh1Dh1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh3Dh4Dh4Dh4Dh4Dh4Dh4Dh4Dh4Dh4Dh5AAAAAAAAAAAAAAAAAAAAAAAAAAA\
Dh5Dh5Dh5Dh5Dh5Dh5Dh5Dh5Dh5Dh5Dh6Dh6Dh6Dh6Dh6Dh6Dh6Dh6Dh6Dh6Dh7Dh7Dh7Dh7Dh7Dh7Dh7Dh7Dh7Dh7Dh8Dh8Dh8Dh8Dh8Dh8Dh8Dh8Dh8Dh8\
Dh9Dh9Dh9Dh9Dh9Dh9Dh9Dh9Dh9Dh9Dh+Dh+Dh+Dh+Dh+Dh+Dh+Dh+Dh+Dh+Dh/Dh/Dh/Dh/Dh/Dh/Dh/Dh/Dh/Dh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAADiBDiBDiBDiBDiBDiBDiBDiBDiBDiCDiCDiCDiCDiCDiCDiCDiCDiCDiCDiDDiDDiDDiDDiDDiDDiDDiDDiDDiDDiEDiEDiEDiEDiEDiEDiEDiEDiEDiE\
DiFDiFDiFDiFDiFDiFDiFDiFDiFDiFDiGDiGDiGDiGDiGDiGDiGDiGDiGDiGDiHDiHDiHDiHDiHDiHDiHDiHDiHDiHDiIDiIDiIDiIDiIDiIDiIDiIDiIDiI\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADiKDiLDiMDiNDiODiPDiQDiRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADiSDiTDiTDiTDiTDiTDiTDiTDiTDiTDiT\
AAADiTAAAAAAAAAAAAAAAAAAAAADiTAAADiTAAAAAAAAADiTAAAAAAAAADiTAAAAAAAAADiTAAAAAAAAADiTAAAAAAAAADiTAAAAAAAAAAAAAAADiTAAAAAA\
AAAAAAAAADiTAAAAAAAAAAAAAAADiTAAAAAAAAAAAAAAADiTAAAAAAAAAAAAAAADiUDiUDiUAAADiLAAAAAAAAAAAADiVDiVDiVDiVDiVDiVDiVDiVDiVDiV\
DiWDiWDiWDiWDiWDiWDiWDiWDiWDiWDiXDiXDiXDiXDiXDiXDiXDiXDiXDiXDiYDiYDiYDiYDiYDiYDiYDiYDiYDiYDiZDiZDiZDiZDiZDiZDiZDiZDiZDiZ\
DiaDiaDiaDiaDiaDiaDiaDiaDiaDiaDibDibDibDibDibDibDibDibDibDibDicDicDicDicDicDicDicDicDicDicDidDidDidDidDidDidDidDidDidDid\
DieDieDieDieDieDieDieDieDieDieDifDifDifDifDifDifDifDifDifDifDigDigDigDigDigDigDigDigDigDigAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DihDihDihDihDihDihDihDihDihDihAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADijDikDilDimDinDioDipDiqAAADirDisDirDirDirDirDirDirDir\
DitDiuAAAAAADivDiuDiuDiwDixDiuDiyAAADizAAADi0AAADi1Di2AAAAAAAAADi3Di4Di5Di3Di3Di6Di7Di8Di9Di+Di/DjADi/Di/Di/DjBDjCDjDDi/\
DjEDjFDjGDjHDjIDjJDjKDjLDjMDjNDjODjPDjQDjRDjSAAAAAAAAAAAAAAADjTDjUDjVDjWDi/DjXDi/Di/DjYAAADjZDjZDjZDjZDjZDjZDjZDjZDjZDjZ\
DjZDjZAAADjZDjZDjZDjZDjZDjZDjZDjaDjbDjcAAAAAADjbDjbDjbDjdAAADjZDjZDjZAAADjZDjZDjZDjZDjZDjZDjZDjZDjZAAADjZAAADjZDjZDjZDjZ\
DjZDjZDjZAAADjZDjZDjZAAAAAADjZAAAAAAAAAAAADjeDjZDjfDjZAAADjZAAAAAAAAAAAAAAAAAADjgAAAAAADjhAAAAAAAAAAAADjhAAAAAAAAAAAAAAA\
DjiDjiDjiDjiDjjDjiDjiDjiDjiDjiDjiDjiDjiDjiDjkDjiDjlDjiDjiDjiDjiDjiDjiDjiDjmDjiDjnAAAAAAAAADjiDjiDjiDjiDjiAAADjiDjiDjiDji\
DjiDjiDjiDjiDjiDjoDjiDjiDjiDjiDjiDjiDjiDjiDjiDjpDjiDjiDjiDjiDjiDjiDjiDjiDjiAAADjiAAADjiDjiDjiDjiDjiDjlDjiAAADjiDjiDjiDji\
DjqDjrAAAAAAAAAAAAAAAAAAAAAAAADjiDjiDjiDjiDjiDjsDjiDjiDjiDjiAAADjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDji\
DjiDjiDjiDjiDjiDjiDjtDjiDjiDjiDjiDjiDjiDjiDjiDjiDjnDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjnDjiDjiDjiDjiDjiDjiDjiAAADjiDjiDji\
AAADjiDjiDjiDjiDjiAAADjuDjsDjiDjvDjwAAADjxAAAAAADjyAAAAAADjzDj0Dj1Dj0Dj0AAAAAAAAADj2Dj0Dj0Dj0Dj0Dj0Dj0AAAAAAAAADj3Dj0Dj4\
AAAAAAAAAAAAAAAAAAAAADj0AAAAAAAAADj0AAAAAAAAADj5AAADj0Dj0AAADj6AAADj7Dj0AAADj0AAAAAAAAAAAAAAAAAADj0AAAAAAAAAAAADj0Dj8AAA\
AAAAAADj0Dj0AAAAAADj0Dj9Dj0Dj0Dj0AAADj0AAAAAADj0Dj+Dj/DkAAAADkBAAAAAAAAAAAAAAAAAAAAAAAAAAADkCDkCDkCDkCDkCAAADkCDkCAAADkC\
DkCDkCDkCDkCAAAAAADkCDkDAAAAAADkCAAADkEDkCDkCAAAAAADkFAAAAAADjiDjiDjiDjiDkGAAAAAAAAADjjDjiDkHDjiDjiDjiDjiDjiDjiDjiDjiDji\
DjiAAADjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDjiDkIDjiDjiDjiDjiDjiDjiDjiDjiDjiDkJDjiDjiDjiDjiDjiDjiDjiDjiDjiDkK\
DjiDjiDjiDjiDjiDjiDjiDjiDjiDkLDkMDkMDkMDkMDkMDkMDkMDkMDkMDkMAAADkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkNDkN\
DkNAAAAAAAAADkNAAAAAADkNAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkNDkMDkMDkMDkMDkMDkMDkMDkMDkMAAADkMDkMDkMDkMDkMDkMAAAAAAAAAAAA\
DkODkODkODkOAAAAAAAAAAAAAAAAAAAAAAAAAAADkODkODkODkOAAAAAAAAADkODkODkODkODkODkODkODkODkODkODkODkODkODkOAAADkODkODkODkODkO\
DkODkODkODkODkODkOAAADkODkODkODkODkODkODkODkODkODkOAAAAAAAAADkODkODkODkODkOAAAAAAAAADkOAAADkODkODkODkODkODkOAAAAAAAAAAAA\
AAAAAAAAADkODkODkODkODkOAAAAAAAAAAAAAAAAAADkODkODkODkODkOAAAAAADkMDkMDkMDkMDkMDkMDkMDkMDkMAAAAAADkMDkMDkMDkMDkMDkMDkMDkM\
DkODkODkODkODkODkODkODkODkOAAADkODkOAAADkODkODkODkODkODkOAAAAAADkODkODkODkODkODkODkODkOAAADkPDkODkODkODkOAAAAAAAAADkPAAA\
DkPDkPDkPDkPAAAAAADkPDkPAAADkPDkPDkPAAADkPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkPDkPDkPAAADkPAAAAAADkPAAAAAAAAA\
DkPDkPDkPDkPDkPDkPDkPDkPDkPDkPAAADkPAAAAAAAAAAAAAAAAAADkPAAAAAAAAADkPAAAAAAAAAAAADkPDkPDkPDkPDkPDkPDkPAAAAAADkPAAAAAADkP\
AAAAAADkPDkPAAADkPAAADkPDkPDkPDkPDkPDkPDkPDkPDkPAAAAAAAAAAAADkPDkPDkPDkPDkPDkPDkPDkPAAAAAAAAAAAADkPDkPAAAAAADkPDkPDkPDkP\
AAAAAAAAAAAAAAAAAAAAADkPDkPDkPAAADkPDkPDkPDkPDkPDkPDkPDkPDkPDkPDkPDkPAAADkPAAADkPDkPDkPAAADkPDkPDkPDkPAAAAAADkPDkPDkPDkP\
AAAAAADkPDkPAAAAAAAAAAAADkPAAADkQDkQDkQDkQDkQDkQDkQDkQDkQDkQDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRDkRAAAAAAAAAAAAAAA\
DkRAAAAAAAAAAAAAAAAAAAAAAAADkRDkRAAAAAAAAAAAAAAAAAAAAAAAAAAADkODkODkOAAAAAAAAAAAAAAAAAAAAADkSDkSDkSDkTDkSDkSDkSDkSDkSDkS\
DkODkOAAADkODkODkODkODkODkODkODkODkOAAAAAADkODkODkODkODkODkODkODkODkODkODkOAAADkODkOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkO\
DkUDkUDkUDkUDkUDkUDkUDkUDkUDkUDkVDkVDkVDkVDkVDkVDkVDkVDkVDkVDkWDkWDkWDkWDkWDkWDkWDkWDkWDkWDkXDkXDkXDkXDkXDkXDkXDkXDkXDkX\
DkYDkYDkYDkYDkYDkYDkYDkYDkYDkYDkZDkZDkZDkZDkZDkZDkZDkZDkZDkZDkaDkaDkaDkaDkaDkaDkaDkaDkaDkaDkbDkbDkbDkbDkbDkbDkbDkbDkbDkb\
DkcDkcDkcDkcDkcDkcDkcDkcDkcDkcDkdDkdDkdDkdDkdDkdDkdDkdDkdDkdDkeDkeDkeDkeDkeDkeDkeDkeDkeDkeDkfDkfDkfDkfDkfDkfDkfDkfDkfDkf\
DkgDkgDkgDkgDkgDkgDkgDkgDkgDkgDkhDkhDkhDkhDkhDkhDkhDkhDkhDkhDkiDkiDkiDkiDkiDkiDkiDkiDkiDkiDkjDkjDkjDkjDkjDkjDkjDkjDkjDkj\
DkkDkkDkkDkkDkkDkkDkkDkkDkkDkkDklDklDklDklDklDklDklDklDklDklDkmDkmDkmDkmDkmDkmDkmDkmDkmDkmDknDknDknDknDknDknDknDknDknDkn\
DkoDkoDkoDkoDkoDkoDkoDkoDkoDkoDkpDkpDkpDkpDkpDkpDkpDkpDkpDkpDkqDkqDkqDkqDkqDkqDkqDkqDkqDkqDkrDkrDkrDkrDkrDkrDkrDkrDkrDkr\
DksDksDksDksDksDksDksDksDksDksDktDktDktDktDktDktDktDktDktDktDkuDkuDkuDkuDkuDkuDkuDkuDkuDkuDkvDkvDkvDkvDkvDkvDkvDkvDkvDkv\
DkwDkwDkwDkwDkwDkwDkwDkwDkwDkwDkxDkxDkxDkxDkxDkxDkxDkxDkxDkxDkyDkyDkyDkyDkyDkyDkyDkyDkyDkyDkzDkzDkzDkzDkzDkzDkzDkzDkzDkz\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Dk0Dk0Dk0Dk0Dk0Dk0Dk0Dk0Dk0Dk0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk1Dk1Dk1Dk1Dk1Dk1Dk1Dk1Dk1Dk1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk2Dk2Dk2Dk2Dk2Dk2Dk2Dk2Dk2Dk2DkzDkzDkzDkzDkzDkzDkzDkzDkzDkzDk4AAADk5AAAAAAAAADk6AAADk7AAA\
AAAAAAAAAAAAAAAAAAAAAAAADk8AAAAAAAAAAAAAAAAAAAAAAAAAAADk9AAAAAAAAADk+Dk+AAADk+Dk/AAADlAAAAAAADlBDlCDlCDlCDlCAAADlCDlCDlC\
DlDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADlEDlEDlEDlEDlEDlEDlEDlEDlFDlFDlFDlFDlFDlFDlFDlFDlFDlFDlGDlFDlFDlFDlFDlFDlFDlFDlFDlF\
DlHDlFDlIDlJDlFDlFDlFDlFDlFDlJAAADlEAAAAAAAAAAAAAAAAAAAAAAAADlEDlEDlEDlEDlEDlEDlEDlEDlEDlEDlKAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DlLDlLDlLDlLDlLDlLDlLDlLDlLDlLDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMDlMAAAAAAAAAAAADlNDlMDlMDlMDlMDlMDlMDlMDlMDlM\
AAAAAAAAAAAAAAADlMDlMDlMDlMDlMDlMDlMDlMDlMDlMAAAAAAAAAAAAAAADlODlODlODlODlODlODlODlODlODlODlPDlPDlPDlPDlPDlPDlPDlPDlPDlP\
DlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQDlQAAADlQDlRDlRDlRDlRDlRDlRDlRDlRDlRDlRDlSDlSDlSDlSDlSDlSDlSDlSDlSDlS\
DlTDlTDlTDlTDlTDlTDlTDlTDlTDlTDlUDlUDlUDlUDlUDlUDlUDlUDlUDlUDlVDlVDlVDlVDlVDlVDlVDlVDlVDlVDlWDlWDlWDlWDlWDlWDlWDlWDlWDlW\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADlXDlXDlXDlXDlXDlXDlXDlXDlXDlXDlYDlYDlYDlYDlYDlYDlYDlYDlYDlYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADlaDlbDlcDldDleDlfDlgDlhDliDljDljDlkDljDljDljDljDljDllDlmAAAAAAAAADlnDloDloDloAAAAAAAAA\
AAADlpDloDloDloDloDloAAADlpAAAAAAAAADloDloDloAAAAAAAAAAAAAAAAAAAAADloDloDloDloAAAAAAAAAAAADljDljDloDloDloDloDljDljDljDlj\
DljDlpDloDloDloDloDlpDljDljDljDljDljAAADljDljDljDljDljDlpDljDljDljDljDljDljDljDlpDlkDljDljDlqDlqDlqDlqDlqDlqDlqDlqDlqDlq\
DlrDlrDlrDlrDlrDlrDlrDlrDlrDlrDlsDlrDlrDlrDlrDlrDlrDlrDlrDlrDltDlqDlqDlqDlqDlqDlqDlqDlqDlqAAAAAADluDluDlvDlwDlxDluDlxDlu\
AAAAAADluDluDlyDlwDlxDluDluDluDljDljDljDljDljDljDljDljDljDljDlzDlzDlzDlzDlzDlzDlzDlzDlzDlzDl0Dl0Dl0Dl0Dl0Dl0Dl0Dl0Dl0Dl0\
Dl1Dl0Dl0Dl0Dl0Dl0Dl0Dl0Dl0Dl0Dl2DlzDlzDlzDlzDlzDlzDlzDlzDlzDl3Dl3Dl3Dl3Dl3Dl3Dl3Dl3Dl3Dl3AAAAAADl3Dl3Dl3DluDluAAADlqAAA\
DluDluDluDluDluDluDluDluDluDluDl4Dl4Dl4Dl4Dl4Dl4Dl4Dl4Dl4Dl4AAAAAAAAAAAAAAADluDluAAADlqAAADl5Dl5Dl5Dl5Dl5Dl5Dl5Dl5Dl5Dl5\
Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl7Dl8Dl6Dl6Dl6Dl6Dl6Dl6Dl6Dl5Dl9Dl+Dl5Dl5Dl5Dl5Dl5Dl5Dl5Dl/Dl/Dl/Dl/Dl/Dl/Dl/Dl/Dl/Dl/\
DmADmADmADmADmADmADmADmADmADmADmBDmBDmBDmBDmBDmBDmBDmBDmBDmBDmCDmCDmCDmCDmCDmCDmCDmCDmCDmCDmDDmDDmDDmDDmDDmDDmDDmDDmDDmD\
DmDDmDDmCDmCDmCDmCDmCDmCDmCDmDDmEDmEDmEDmEDmEDmEDmEDmEDmEDmEDmEDmBDmBDmBDmBDmBDmBDmBDmBDmEDmFDmFDmFDmFDmFDmFDmFDmFDmFDmF\
DmGDmGDmGDmGDmGDmGDmGDmGDmGDmGDmHDmHDmHDmHDmHDmHDmHDmHDmHDmHDmIDmIDmIDmIDmIDmIDmIDmIDmIDmIDmJDmJDmJDmJDmJDmJDmJDmJDmJDmJ\
DmKDmKDmKDmKDmKDmKDmKDmKDmKDmKDmLDmLDmLDmLDmLDmLDmLDmLDmLDmLDmMDmMDmMDmMDmMDmMDmMDmMDmMDmMDmNDmNDmNDmNDmNDmNDmNDmNDmNDmN\
DmODmODmODmODmODmODmODmODmODmODmPDmPDmPDmPDmPDmPDmPDmPDmPDmPDmQDmQDmQDmQDmQDmQDmQDmQDmQDmQDmRDmRDmRDmRDmRDmRDmRDmRDmRDmR\
DmSDmSDmSDmSDmSDmSDmSDmSDmSDmSAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADmNDmNDmNDmNDmNDmNDmNDmNDmNDmNDmTDmTDmTDmTDmTDmTDmTDmTDmTDmT\
DmUDmUDmUDmUDmUDmUDmUDmUDmUDmUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADmRDmRDmRDmRDmRDmRDmRDmRDmRDmRDmVDmVDmVDmVDmVDmVDmVDmVDmVDmV\
DmWDmWDmWDmWDmWDmWDmWDmWDmWDmWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADmYDmZDmaDmbDmbDmbDmcAAA\
DmdDmeAAADmeAAAAAAAAAAAAAAAAAADmfDmeAAAAAADmeAAAAAAAAAAAAAAAAAADmeAAAAAAAAAAAAAAAAAAAAAAAAAAADmeAAAAAADmeAAAAAAAAAAAAAAA\
AAADmeAAAAAADmeAAADmeAAADmeAAAAAAAAADmfDmfAAADmfAAADmfDmgDmfDmhDmhDmhDmhDmhDmhDmhDmhDmhDmhDmiDmiDmiDmiDmiDmiDmiDmiDmiDmi\
AAAAAAAAAAAAAAAAAAAAADmiDmiAAADmjDmjDmjDmjDmjDmjDmjDmjDmjDmjDmkDmkDmkDmkDmkDmkDmkDmkDmkDmkDmlDmlDmlDmlDmlDmlDmlDmlDmlDml\
DmmDmmDmmDmmDmmDmmDmmDmmDmmDmmDmnDmnDmnDmnDmnDmnDmnDmnDmnDmnDmoDmoDmoDmoDmoDmoDmoDmoDmoDmoDmpDmpDmpDmpDmpDmpDmpDmpDmpDmp\
DmqDmqDmqDmqDmqDmqDmqDmqDmqDmqDmrDmrDmrDmrDmrDmrDmrDmrDmrDmrDmsDmsDmsDmsDmsDmsDmsDmsDmsDmsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DmtDmtDmtDmtDmtDmtDmtDmtDmtDmtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADmvDmwAAADmwDmwDmxAAAAAADmyDmyDmyDmyDmyDmyDmyDmyDmyDmy\
DmzDmzDmzDmzDmzDmzDmzDmzDmzDmzAAAAAAAAAAAAAAAAAADmzDm0DmzAAADm1Dm1Dm1Dm1Dm1Dm1Dm1Dm1Dm1Dm1Dm2Dm2Dm2Dm2Dm2Dm2Dm2Dm2Dm2Dm2\
Dm2Dm2Dm2Dm2Dm3Dm2Dm2Dm2Dm2Dm2Dm4Dm4Dm4Dm4Dm4Dm4Dm4Dm4Dm4Dm4Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm5Dm6Dm6Dm5Dm5Dm5Dm5\
Dm7Dm7Dm7Dm7Dm7Dm7Dm7Dm7Dm7Dm7Dm8Dm8Dm8Dm8Dm8Dm8Dm8Dm8Dm8Dm8Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm+Dm+Dm+Dm+Dm+Dm+Dm+Dm+Dm+Dm+\
Dm/Dm/Dm/Dm/Dm/Dm/Dm/Dm/Dm/Dm/DnADnADnADnADnADnADnADnADnADnADnBDnBDnBDnBDnBDnBDnBDnBDnBDnBDnCDnCDnCDnCDnCDnCDnCDnCDnCDnC\
DnDDnDDnDDnDDnDDnDDnDDnDDnDDnDDnEDnEDnEDnEDnEDnEDnEDnEDnEDnEDnFDnFDnFDnFDnFDnFDnFDnFDnFDnFDnGDnGDnGDnGDnGDnGDnGDnGDnGDnG\
DnHDnHDnHDnHDnHDnHDnHDnHDnHDnHDnIDnIDnIDnIDnIDnIDnIDnIDnIDnIDnJDnJDnJDnJDnJDnJDnJDnJDnJDnJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADnCDnCDnCDnCDnCDnCDnCDnCDnCDnCAAADnLAAAAAAAAAAAAAAAAAAAAAAAADnMAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DnNDnNDnNDnNDnNDnNDnNDnNDnNDnNDnODnODnODnODnODnODnODnODnODnODnPDnPDnPDnPDnPDnPDnPDnPDnPDnPDnQDnQDnQDnQDnQDnQDnQDnQDnQDnQ\
DnRDnRDnRDnRDnRDnRDnRDnRDnRDnRDnSDnSDnSDnSDnSDnSDnSDnSDnSDnSDnTDnTDnTDnTDnTDnTDnTDnTDnTDnTDnUDnUDnUDnUDnUDnUDnUDnUDnUDnU\
DnVDnVDnVDnVDnVDnVDnVDnVDnVDnVDnWDnWDnWDnWDnWDnWDnWDnWDnWDnWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADnYDnZDnaDnbDncDndDneDnfDng\
AAADnhAAADnhDnhDnhDnhDnhDnhDnhAAAAAADniDniDnjDnjAAADnkDnlDnmDnnDnoDnpDnqDnrDnsDntDnuDnvAAADnwDnxDnyDnzDn0Dn1Dn2DntDn3Dn4\
Dn5Dn6Dn7Dn8Dn9Dn+Dn/DoADoBDntDoCAAADoDDoEDoFDoGDoHDoIDoJDoKDoLDoMDoNDoODoPDoQDoRDoSDoTDoUDoVDoWDoXDoYDoZDoaDoaDoaAAAAAA\
DobDn6DocDodDoaDoeDofAAADogAAADohDohDohDohDohDohDohDohDohDohDnjDnjDnjDnjDnjDnjDnjDnjDnjDnjDnxDnxDnxDnxDnxDnxDnxDnxDnxDnx\
AAADoiDojDokDolDomDonDooAAADogDopDoqDorDosDogAAADotDouDovDowDoxDoyDozDo0AAADo1Do2Do3Do4AAAAAAAAADo5Do6AAAAAAAAAAAAAAAAAA\
AAAAAADo7AAAAAADn6Dn6Dn6DogAAAAAADn6Do8AAAAAAAAAAAAAAAAAAAAAAAADn6Do9AAAAAAAAAAAAAAAAAAAAAAAADn6Do+AAAAAAAAAAAAAAAAAAAAA\
AAADn6Do/AAAAAAAAAAAAAAAAAAAAAAAADn6AAAAAAAAAAAAAAAAAAAAAAAADohDn6DohDohDohDohDohDohDohDohDohDn6DpADohDohDohDohDohDohDoh\
AAAAAADpBDpCAAAAAAAAAAAAAAAAAADn6Dn6Dn6Dn6Dn6Dn6Dn6Dn6Dn6Dn6AAADn6DpDAAAAAAAAAAAAAAAAAAAAAAAADpEDpFDoLAAAAAAAAAAAAAAAAAA\
DohDn6DpGDohDohDpHDohDohDpIDohAAADn6DpJAAAAAAAAAAAAAAAAAAAAAAAADn6DpKAAAAAADpLDoLAAADn6AAAAAADn6DpCAAAAAADpMAAAAAADn6AAA\
AAADn6DpNAAAAAADpOAAAAAADn6AAAAAAAAADpPAAAAAAAAAAAAAAAAAAAAADpQDpQDpQDpQDpQDpQDpQDpQDpQDpQAAADn6DpRAAAAAAAAAAAAAAAAAAAAA\
AAADn6DpSAAAAAAAAAAAAAAAAAAAAAAAADn6DpTAAAAAAAAAAAAAAAAAAAAAAAADn6DpUAAAAAAAAAAAAAAAAAAAAAAAADn6DpVAAAAAADpCAAAAAADn6AAA\
AAADn6DpMAAAAAAAAAAAAAAAAAAAAAAAADn6DpWAAAAAAAAAAAAAAAAAAAAAAAADn6DpXAAAAAAAAAAAAAAAAAAAAAAAAAAADpNAAAAAADpYAAAAAADn6AAA\
AAADn6DpZAAAAAAAAAAAAAAAAAAAAADohDpIDpaDohDohDohDohDohDohDohAAADn6DpbAAAAAAAAAAAAAAAAAAAAADohDn6DohDohDohDohDpcDohDpIDoh\
AAAAAADpNAAAAAAAAAAAAAAAAAAAAAAAADn6DpNAAAAAAAAAAAAAAAAAAAAAAAADn6DpdAAAAAAAAAAAAAAAAAAAAAAAAAAADn6AAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAADpeDpfDpgDo/AAAAAADnxDphAAAAAAAAAAAAAAAAAAAAAAAADn6DpVAAAAAAAAAAAAAAAAAAAAAAAADn6DpiAAAAAAAAAAAAAAAAAAAAA\
AAADn6DpjAAAAAAAAAAAAAAAAAAAAAAAADn6Dn6AAAAAAAAAAAAAAAAAAAAAAAADpkDplAAAAAAAAAAAAAAAAAAAAAAAADn6DpmAAAAAAAAAAAAAAAAAAAAA\
AAADn6DpnAAAAAAAAAAAAAAAAAAAAADpoDpQDpQDpoDpQDpQDpQDpQDpQDpQDppDppDppDppDppDppDppDppDppDppAAADpqDprDpsAAAAAAAAAAAAAAAAAA\
AAADn6Dn6DptAAAAAAAAAAAAAAAAAAAAADpQDpQAAAAAAAAAAAAAAAAAAAAAAAADn6DpQAAAAAAAAAAAAAAAAAAAAAAAAAAADpQDpuAAAAAAAAAAAAAAAAAA\
AAADn6DpQDpvAAAAAAAAAAAAAAAAAAAAADpVAAAAAAAAAAAAAAAAAAAAAAAAAAADpVDpwAAAAAAAAAAAAAAAAAAAAADpxDpyDpzDp0Dp1Dp2Dp3Dp4Dp5AAA\
AAADpQAAAAAAAAAAAAAAAAAAAAAAAADp6Dp6Dp6Dp6Dp6Dp6Dp6Dp6Dp6Dp6DpQDpQDpQAAAAAAAAADpQDpQAAAAAADpQDpQDpQAAAAAAAAAAAAAAADpQDpQ\
DpQDpQDpQAAAAAAAAAAAAAAAAAADpQDpQDpQAAAAAAAAAAAAAAAAAAAAAAAAAAADpQDpQDpQAAAAAAAAAAAAAAAAAADpQDpQAAADpQAAAAAAAAAAAAAAAAAA\
DpQDpQAAAAAAAAAAAAAAADpQDpQAAAAAADpQDpQAAAAAADpQAAAAAAAAAAAAAAADpQDpQDpQDpQDpQDpQAAAAAAAAADpQDpQAAAAAAAAADpQAAADpQDpQDpQ\
AAADpQDpQDpQDpQDpQDpQAAAAAADpQAAADpQDpQDpQAAADpQAAAAAAAAAAAAAAADpQDpQDpQDpQDpQAAAAAAAAAAAAAAADpQDpQDpQDpQDpQDpQDpQDpQAAA\
DpQDpQDpQDpQDpQDpQDpQAAAAAAAAADpQDpQDpQAAAAAAAAAAAAAAAAAAAAADpQDpQDpQDpQDpQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADpQDpQAAADpQAAA\
AAAAAAAAADpQDpQDpQDpQAAAAAAAAAAAAAAAAAAAAAAAADpQDpQDpQAAAAAADpQDpQAAADpQAAAAAADpQDpQDpQDpQDpQDpQDpQDpQDpQDpQDpQDpQAAAAAA\
DpQDpQAAAAAADpQDpQDpQDpQDpQDpQDpQAAADpQDoWDoWDpQDpQDpQDoWDpQAAAAAADpQDpQDpQDppDppAAAAAAAAAAAAAAAAAAAAAAAADn6Dn6Dn6AAAAAA\
AAADpQDpQDoWDppDoWAAAAAAAAAAAAAAAAAADpQDpQDoWDpQDpQAAAAAAAAAAAAAAADoWAAADpVDn6AAADpVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADpV\
Dp6Dp6Dp7Dp8Dp9Dp6Dp6Dp6Dp6Dp6DpQAAAAAAAAAAAAAAAAAADpVAAADpQAAAAAAAAADn6AAAAAAAAAAAAAAAAAAAAAAAADppDpQDpQDppDoWDoWDpQAAA\
Dp+Dp+Dp+Dp+Dp+Dp+Dp+Dp+Dp+Dp+DpQAAADoWDoWDpQDpQDoWDoWDoWDoWDp6Dp6Dp7Dp/Dp7Dp6Dp7Dp6Dp6Dp6Dp6Dp6Dp7Dp6Dp6Dp7Dp6Dp6Dp6Dp6\
Dp9Dp9Dp9Dp9Dp9Dp9Dp9Dp9Dp9Dp9AAAAAAAAADpQAAADpVAAAAAAAAAAAAAAAAAAAAADn6DoWDn6DoWDpQAAAAAAAAAAAADqADppDpQDoWDn6DoWDpVAAA\
AAAAAAAAAAAADn6AAAAAAAAAAAAAAAAAAAAADn6Dn6Dn6Dn6AAAAAAAAAAAAAAAAAAAAADoWAAAAAAAAAAAAAAAAAADn6AAAAAADn6Dn6AAAAAAAAADn6Dn6\
DpVDpVDpVDpVDpVDpVDpVDpVDpVDpVAAAAAADqBAAADn6Dn6AAADn6AAAAAAAAAAAAAAADn6AAADn6Dn6Dn6AAADn6AAAAAAAAAAAADn6AAADn6AAAAAAAAA\
AAAAAAAAAAAAAAAAAADoWAAAAAAAAADqCDqCDqCDqCDqCDqCDqCDqCDqCDqCAAAAAAAAAAAAAAAAAADn6AAAAAAAAAAAAAAAAAADn6DoWAAAAAAAAAAAAAAA\
AAAAAAAAADn6Dn6Dn6AAADpVAAAAAAAAAAAAAAADn6Dn6AAAAAADn6Dn6AAADp6Dp6Dp6Dp7Dp7Dp6Dp6Dp6Dp6Dp6AAAAAAAAAAAADn6AAAAAADn6AAAAAA\
Dp6Dp6DqDDp6Dp6DqEDp6Dp6Dp6Dp6AAAAAADn6Dn6Dn6Dn6Dn6AAAAAAAAAAAAAAAAAADpVDpVDpVAAAAAAAAAAAAAAADpVDpVAAAAAAAAAAAAAAAAAAAAA\
AAADpVAAAAAAAAADpVDpVAAAAAAAAAAAAAAAAAAAAAAAADqFAAADqGDqFDqFAAAAAAAAAAAAAAADqGDqHAAAAAAAAAAAAAAADqIDqADqADqIDqIDqADqIDqI\
AAAAAAAAAAAAAAAAAADqJDqKDo/AAAAAAAAADn6AAADn6AAAAAAAAAAAAAAAAAAAAAAAADqGAAADqGAAAAAAAAAAAAAAAAAAAAADqLAAAAAAAAAAAAAAAAAA\
DqMDqMDqMDqMDqMDqMDqMDqMDqMDqMDqNDqNDqNDqNDqNDqNDqNDqNDqNDqNAAAAAAAAAAAAAAAAAAAAADn6DogAAADqGAAADqGDqGDqGDqODqGDqGAAADqF\
AAAAAADqOAAAAAAAAAAAAAAAAAAAAAAAAAAADqPAAAAAAAAAAAAAAAAAAAAAAAAAAADqODqOAAAAAAAAAAAAAAAAAAAAAAAADqFDqQAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAADqODqOAAAAAADqODqOAAADqRDqRDqRDqRDqRDqRAAAAAADqRDqRDqRDqRDqRDqRAAAAAADqRAAADqRAAAAAADqRAAAAAAAAAAAADqRDqRAAA\
AAADqRAAADqRDqRDqRDqRDqRDqRDqRDqRDqRDqRDqRDqRAAAAAADqRDqRDqRAAAAAAAAAAAADqRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADqRAAAAAADqR\
AAAAAAAAAAAAAAAAAAAAADqRDqRAAAAAAAAAAAAAAAAAAAAAAAAAAADqRAAADqSDqSDqSDqSDqSDqSDqSDqSDqSDqSDqTDqTDqTDqTDqTDqTDqTDqTDqTDqT\
DqUDqUDqUDqUDqUDqUDqUDqUDqUDqUDqVDqVDqVDqVDqVDqVDqVDqVDqVDqVDqBDqBDqBDqBDqBDqBDqBDqBDqBDqBDqWDqWDqWDqWDqWDqWDqWDqWDqWDqW\
AAAAAAAAAAAAAAAAAAAAAAAADpVAAADqXDqXDqXDqXDqXDqXDqXDqXDqXDqXDqYDqYDqYDqYDqYDqYDqYDqYDqYDqYDqSDqSDqTDqZDqZDqSDqSDqSDqSDqS\
DqSDqSDqZDqTDqZDqaDqSDqSDqSDqSAAAAAAAAAAAAAAADqbAAAAAADpQAAAAAAAAAAAAAAAAAAAAAAAAAAADpQAAAAAAAAAAAAAAAAAAAAAAAADqKDpQAAA\
AAAAAAAAAAAAAAADqbAAAAAADpVAAAAAADpVDpVAAAAAAAAADpVDpVAAAAAAAAAAAAAAAAAAAAADpVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADqcAAAAAA\
DqdDqdDqdDqdDqdDqdDqdDqdDqdDqdDqeDqeDqeDqeDqeDqeDqeDqeDqeDqeAAAAAAAAAAAAAAADqbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADqCDqCDqCDqC\
AAAAAAAAAAAAAAAAAAAAADqfAAAAAADqgDqgDqgDqgDqgDqgDqgDqgDqgDqgDqhDqhDqhDqhDqhDqhDqhDqhDqhDqhDqiDqiDqiDqiDqiDqiDqiDqiDqiDqi\
DqjDqjDqjDqjDqjDqjDqjDqjDqjDqjDqkDqkDqkDqkDqkDqkDqkDqkDqkDqkDqlDqlDqlDqlDqlDqlDqlDqlDqlDqlDqmDqmDqmDqmDqmDqmDqmDqmDqmDqm\
DqnDqnDqnDqnDqnDqnDqnDqnDqnDqnDqoDqoDqoDqoDqoDqoDqoDqoDqoDqoDqpDqpDqpDqpDqpDqpDqpDqpDqpDqpAAAAAAAAAAAAAAAAAADpVAAAAAAAAA\
AAAAAAAAAAAADpVAAAAAAAAAAAAAAADqqDqqDqqDqqDqqDqqDqqDqqDqqDqqDqrDqrDqrDqrDqrDqrDqrDqrDqrDqrAAAAAAAAADpVAAAAAAAAAAAAAAAAAA\
DqsDqsDqsDqsDqsDqsDqsDqsDqsDqsDqtDqtDqtDqtDqtDqtDqtDqtDqtDqtDquDquDquDquDquDquDquDquDquDquDqvDqvDqvDqvDqvDqvDqvDqvDqvDqv\
DqwDqwDqwDqwDqwDqwDqwDqwDqwDqwDqxDqxDqxDqxDqxDqxDqxDqxDqxDqxDqyDqyDqyDqyDqyDqyDqyDqyDqyDqyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DqzDqzDqzDqzDqzDqzDqzDqzDqzDqzDq0Dq0Dq0Dq0Dq0Dq0Dq0Dq0Dq0Dq0Dq1Dq1Dq1Dq1Dq1Dq1Dq1Dq1Dq1Dq1DqnDqnDqnDqnDqnDqnDqnDqnDqnDqn\
Dq2Dq2Dq2Dq2Dq2Dq2Dq2Dq2Dq2Dq2Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3Dq3\
Dq5Dq5Dq5Dq5Dq5Dq5Dq5Dq5Dq5Dq5Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4Dq4DqYDqYDqYDqYDqYDqYDqYDqYDqYDqYDq6Dq6Dq6Dq6Dq6Dq6Dq6Dq6Dq6Dq6\
Dq7Dq7Dq7Dq7Dq7Dq7Dq7Dq7Dq7Dq7Dq8Dq8Dq8Dq8Dq8Dq8Dq8Dq8Dq8Dq8Dq9Dq9Dq9Dq9Dq9Dq9Dq9Dq9Dq9Dq9Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+\
Dq/Dq/Dq/Dq/Dq/Dq/Dq/Dq/Dq/Dq/Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+Dq+DrADrADrADrADrADrADrADrADrADrADrBDrBDrBDrBDrBDrBDrBDrBDrBDrB\
DrCDrCDrCDrCDrCDrCDrCDrCDrCDrCDrDDrDDrDDrDDrDDrDDrDDrDDrDDrDDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrEDrE\
DrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrFDrGDrGDrGDrGDrGDrGDrGDrGDrGDrGDrHDrHDrHDrHDrHDrHDrHDrHDrHDrH\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DrJDrJDrJDrJAAAAAADrKDrJDrJDrJDrLDrLDrLDrLDrLDrLDrLDrLDrLDrLDrMDrMDrMDrMDrMDrMDrMDrMDrMDrMDrNDrNDrNDrNDrNDrNDrNDrNDrNDrN\
DrODrODrODrODrODrODrODrODrODrODrPDrPDrPDrPDrPDrPDrPDrPDrPDrPDrQDrQDrQDrQDrQDrQDrQDrQDrQDrQDrRDrRDrRDrRDrRDrRDrRDrRDrRDrR\
DrSDrSDrSDrSDrSDrSDrSDrSDrSDrSDrTDrTDrTDrTDrTDrTDrTDrTDrTDrTDrUDrUDrUDrUDrUDrUDrUDrUDrUDrUDrVDrVDrVDrVDrVDrVDrVDrVDrVDrV\
DrWDrWDrWDrWDrWDrWDrWDrWDrWDrWDrXDrXDrXDrXDrXDrXDrXDrXDrXDrXDrYDrYDrYDrYDrYDrYDrYDrYDrYDrYDrZDrZDrZDrZDrZDrZDrZDrZDrZDrZ\
DraDraDraDraDraDraDraDraDraDraAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADrZDrZDrZDrZDrZDrZDrZDrZDrZDrZAAADrcDrdDreDrfDrgAAAAAAAAADrh\
DriAAAAAADrjAAAAAADrkAAAAAAAAAAAAAAAAAADriAAAAAAAAAAAADrlAAAAAADriDrmDrnDroDriDrpDrqAAADrpAAADriAAAAAAAAADriDriDriDriDrr\
DrqDriDrsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADrtDrtDruDruDruDruDruDruDruDruDruDruDrvDrwDrxDrwDryAAADrzDr0Dr1Dr2\
Dr3Dr3Dr3Dr3Dr3Dr3Dr3Dr3Dr3Dr3AAAAAAAAAAAAAAADr4AAAAAAAAAAAADrrDrrDrrDrrDrrDrrDrrDrrDrrDrrAAAAAAAAAAAAAAAAAAAAADrrAAAAAA\
AAAAAADr5AAAAAADruAAADrmDr6AAADr4Dr4Dr4Dr4Dr4Dr4Dr4Dr4Dr4Dr4Dr7Dr7Dr7Dr7Dr7Dr7Dr7Dr7Dr7Dr7Dr8Dr8Dr8Dr8Dr8Dr8Dr8Dr8Dr8Dr8\
DrmDrmDrmAAAAAAAAAAAAAAAAAAAAADr9Dr9Dr9Dr9Dr9Dr9Dr9Dr9Dr9Dr9DrtDrtDrtDrtDrtDrtDrtDrtDrtDrtDr+AAAAAADr+Dr+AAAAAADr+AAAAAA\
Dr+Dr+AAADr+AAAAAAAAAAAAAAADr+Dr+AAAAAADr+AAADr+AAAAAAAAAAAADr+Dr+AAADr+AAADr+Dr+AAADr+AAADr+AAAAAAAAADr+Dr+AAAAAAAAADr+\
Dr+AAAAAAAAAAAAAAADr+AAAAAAAAAAAADr+AAAAAAAAADr+Dr+Dr+Dr+AAADr+AAAAAAAAAAAAAAADr+AAADr+Dr+Dr/Dr/Dr/Dr/Dr/Dr/Dr/Dr/Dr/Dr/\
DriDriDriDriDriDriDriDriDriDriDsADsADsADsADsADsADsADsADsADsAAAAAAAAAAAAAAAADsBAAADsBAAAAAADsCDsCDsCDsCDsCDsCDsCDsCDsCDsC\
Dr5Dr5Dr5Dr5Dr5Dr5Dr5Dr5Dr5Dr5Dr+Dr+Dr+Dr+Dr+Dr+Dr+Dr+Dr+Dr+DsDDsDDsDDsDDsDDsDDsDDsDDsDDsDDsEDsEDsEDsEDsEDsEDsEDsEDsEDsE\
DsFDsFDsFDsFDsFDsFDsFDsFDsFDsFDsGDsGDsGDsGDsGDsGDsGDsGDsGDsGDrmDrmDrmDrmDrmDrmDrmDrmDrmDrmDsHDsHDsHDsHDsHDsHDsHDsHDsHDsH\
DsIDsIDsIDsIDsIDsIDsIDsIDsIDsIDsJDsJDsJDsJDsJDsJDsJDsJDsJDsJDsKDsKDsKDsKDsKDsKDsKDsKDsKDsKDsLDsLDsLDsLDsLDsLDsLDsLDsLDsL\
DsMDsMDsMDsMDsMDsMDsMDsMDsMDsMDsNDsNDsNDsNDsNDsNDsNDsNDsNDsNDsODsODsODsODsODsODsODsODsODsODsPDsPDsPDsPDsPDsPDsPDsPDsPDsP\
DsQDsQDsQDsQDsQDsQDsQDsQDsQDsQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADsRDsRDsRDsRDsRDsRDsRDsRDsRDsRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DsSDsSDsSDsSDsSDsSDsSDsSDsSDsSDsTDsTDsTDsTDsTDsTDsTDsTDsTDsTDsUDsUDsUDsUDsUDsUDsUDsUDsUDsUDsVDsVDsVDsVDsVDsVDsVDsVDsVDsV\
DsWDsWDsWDsWDsWDsWDsWDsWDsWDsWDsXDsXDsXDsXDsXDsXDsXDsXDsXDsXDsPDsPDsPDsPDsPDsPDsPDsPDsPDsPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAADsZDsaDsbDscDsdAAAAAAAAAAAADseDseDseDseDseDseDseDseAAADseDsfDsgDseAAADseDseDseAAADseDseDseAAADseDseDseDseDseDshDseDse\
DseDseDseDseDseAAAAAAAAAAAAAAAAAADsiAAAAAAAAAAAAAAAAAAAAAAAADsjAAAAAAAAAAAAAAAAAAAAAAAAAAADskAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DslAAAAAAAAAAAAAAAAAAAAAAAAAAADsmAAAAAAAAAAAAAAAAAAAAAAAAAAADsnDsoDspDsoDspDspDspDspDspDspDsqDsqDsqDsqDsqDsqDsqDsqDsqDsq\
DsrDsrDsrDsrDsrDsrDsrDsrDsrDsrDssDssDssDssDssDssDssDssDssDssAAADsrDsrDsrDsrDsrDsrDsrDsrDsrDstAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DsrAAAAAAAAAAAAAAAAAAAAAAAAAAADsqAAAAAAAAAAAAAAAAAAAAAAAAAAADsuDsuDsuDsuDsuDsuDsuDsuDsuDsuDslDslDslDslDslDslDslDslDslDsl\
DsvDsvDsvDsvDsvDsvDsvDsvDsvDsvDswDswDswDswDswDswDswDswDswDswDsxDsxDsxDsxDsxDsxDsxDsxDsxDsxDsyDsyDsyDsyDsyDsyDsyDsyDsyDsy\
DszDszDszDszDszDszDszDszDszDszDs0Ds0Ds0Ds0Ds0Ds0Ds0Ds0Ds0Ds0Ds1Ds1Ds1Ds1Ds1Ds1Ds1Ds1Ds1Ds1Ds2Ds2Ds2Ds2Ds2Ds2Ds2Ds2Ds2Ds2\
Ds3Ds3Ds3Ds3Ds3Ds3Ds3Ds3Ds3Ds3Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds5Ds5Ds5Ds5Ds5Ds5Ds5Ds5Ds5Ds5Ds6Ds6Ds6Ds6Ds6Ds6Ds6Ds6Ds6Ds6\
Ds7Ds7Ds7Ds7Ds7Ds7Ds7Ds7Ds7Ds7Ds8Ds8Ds8Ds8Ds8Ds8Ds8Ds8Ds8Ds8Ds9Ds9Ds9Ds9Ds9Ds9Ds9Ds9Ds9Ds9Ds+Ds+Ds+Ds+Ds+Ds+Ds+Ds+Ds+Ds+\
Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds4Ds/Ds/Ds/Ds/Ds/Ds/Ds/Ds/Ds/Ds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs+Ds+Ds+Ds+Ds+Ds+Ds+Ds+Ds+Ds+\
AAAAAADtBDtCDtDDtEDtFDtGDtHDtIDtJAAADtKDtLDtMDtNDtODtPDtQAAAAAAAAADtRDtRDtRDtRDtRDtSDtRDtRDtTDtUDtVDtWDtXAAAAAADtRDtRDtY\
DtZAAADtRDtRDtRDtaDtRDtRDtRAAADtMDtMDtRDtRDtbDtRDtRDtRAAADtRDtcDtRDtRDtRDtRDtRDtRDtRDtRDtRDtdAAADteDtfDtbAAAAAADtRDtRDtS\
DtgDtgDtgDtgDtgDtgDtgDtgDtgDthDtiDtiDtjDtiDtiDtiDtiDtiDtiDtiDtkDtRDtRDtRDtlDtRDtRDtRDtRDtRDtkDtmDtRDtRDtRDtRDtRDtRDtRDtk\
DtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtkDtRDtRDtRDtRDtkDtkDtkDtkDtRDtRDtRDtRDtRDtRDtkDtkDtkDtkDtkDtkDtkDtRDtRDtRDtR\
DtRDtRDtRDtRDtRDtRDtRDtRDtRDtRDtnDtnDtnDtnDtnDtnDtnDtnDtnDtnDtkDtnDtnDtnDtnDtnDtnDtnDtnDtnDtoAAADtkDtkDtkAAAAAAAAADtkAAA\
DtkAAADtkDtkAAAAAAAAAAAAAAAAAADtkDtRDtRDtRDtRDtRDtRDtpDtkDtkDtkDtkDtkDtkDtkDtRDtRDtRDtRDtRDtqDtrAAAAAADtsAAAAAAAAAAAAAAA\
DtkDtkDtRDtRDtRDtRDtRDtRDtRDtRDttDttDttDttDttAAADttDttDttDttDtkDtkDtnDtnDtnDtnDtnDtnDtnDtnDtuDtvDtwAAADtxAAAAAAAAAAAAAAA\
DtyDtzDtyDtyDtyDtyDtyDtyDtyDtyDt0Dt1Dt1Dt1Dt1Dt1Dt1Dt1AAADt1AAAAAAAAADtnDt2Dt3Dt4Dt3Dt3AAAAAAAAAAAAAAAAAAAAADt5AAAAAAAAA\
Dt6Dt6Dt6Dt6Dt6Dt6Dt6Dt6Dt6Dt6Dt7Dt7Dt7Dt7Dt7Dt7Dt7Dt7Dt7Dt7Dt8Dt8Dt8Dt8Dt8Dt8Dt8Dt8Dt8Dt8Dt9Dt9Dt9Dt9Dt9Dt9Dt9Dt9Dt9Dt9\
Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt/DtnDuADuBDuADuCDuDDtnDtnDuADt+Dt+Dt+Dt+Dt+DtnDtnDtnDtnDtnDuEDuEDuEDuEDuEDuEDuEDuEDuEDuE\
DuFDt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+DtnDt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+Dt+AAAAAAAAAAAAAAADtnDtnAAAAAAAAAAAAAAADtnAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAADtnDuGDuGDuGDuGDuGDuGDuGDuGDuGDuGAAAAAAAAAAAAAAADt+Dt+AAAAAAAAAAAAAAADt+AAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAADt+AAAAAAAAAAAAAAADt+AAAAAAAAAAAAAAAAAAAAAAAADt+DuHDuHDuHDuHDuHDuHDuHDuHDuHDuHDuIDuHDuHDuHDuHDuHDuHDuHDuHDuH\
DuJDuJDuJDuJDuJDuJDuJDuJDuJDuJDuKDuKDuKDuKDuKDuKDuKDuKDuKDuKDuEDuEDuEAAAAAAAAADuEAAAAAADuEDuEAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAADuEAAAAAAAAAAAAAAADuEAAADuEDuEDuEDuEDuEDuEDuLDuLDuLDuLDuLDuLDuLDuLDuLDuLDuMDuMDuMDuMDuMDuMDuMDuMDuMDuM\
DtjDtjDtjDtjDtjDtjDtjDtjDtjDtjDuNDuNDuNDuNDuNDuNDuNDuNDuNDuNDuODuODuODuODuODuODuODuODuODuODuEDuEDuEDuEDuEDuEDuODuEDuODuE\
DuODuEDuEDuEDuEDuEDuEDuEDuEDuEDuODuODuODuODuODuEDuODuODuEDuEDuODuODuODuEDuEDuODuODuODuODuODuODuEDuODuODuEDuODuODuEDuODuO\
DuPDuPDuPDuPDuPDuPDuPDuPDuPDuPAAADuQAAAAAAAAAAAAAAAAAAAAAAAADuRDuRDuRDuRDuRDuRDuRDuRDuRDuRDuSDuSDuSDuSDuSDuSDuSDuSDuSDuS\
DuTDuTDuTDuUDuSDuSDuTDuTDuVDuTDuWDuWDuWDuWDuWDuWDuWDuWDuWDuWDuXDuXDuXDuXDuXDuXDuXDuXDuXDuXDuYDuYDuYDuYDuYDuYDuYDuYDuYDuY\
DuZDuZDuZDuZDuZDuZDuZDuZDuZDuZDuaDuaDuaDuaDuaDuaDuaDuaDuaDuaDubDubDubDubDubDubDubDubDubDubDucDucDucDucDucDucDucDucDucDuc\
DudDudDudAAAAAAAAAAAAAAAAAAAAADueDueDueDueDueDueDueDueDueDueDufDufDufDufDufDufDufDufDufDufDugDugDugDugDugDugDugDugDugDug\
DugDugDugDugDugDugDugDugDufDufDugDugDugDugDugDugDufDufDufDufDuhDuhDuhDuhDuhDuhDuhDuhDuhDuhDuiDuiDuiDuiDuiDuiDuiDuiDuiDui\
DudDudDudDudDudDudDudDudDudDudDujDujDujDujDujDujDujDujDujDujDukDukDukDukDukDukDukDukDukDukDulDulDulDulDulDulDulDulDulDul\
DumDumDumDumDumDumDumDumDumDumDunDunDunDunDunDunDunDunDunDunDuoDuoDuoDuoDuoDuoDuoDuoDuoDuoDupDupDupDupDupDupDupDupDupDup\
DuqDuqDuqDuqDuqDuqDuqDuqDuqDuqDurDurDurDurDurDurDurDurDurDurDusDusDusDusDusDusDusDusDusDusDutDutDutDutDutDutDutDutDutDut\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADuuDuuDuuDuuDuuDuuDuuDuuDuuDuuDuvDuvDuvDuvDuvDuvDuvDuvDuvDuvDuwDuwDuwDuwDuwDuwDuwDuwDuwDuw\
DuxDuxDuxDuxDuxDuxDuxDuxDuxDuxDuyDuyDuyDuyDuyDuyDuyDuyDuyDuyDuzDuzDuzDuzDuzDuzDuzDuzDuzDuzDu0Du0Du0Du0Du0Du0Du0Du0Du0Du0\
Du1Du1Du1Du1Du1Du1Du1Du1Du1Du1Du2Du2Du2Du2Du2Du2Du2Du2Du2Du2DuvDuvDuvDuvDuvDuvDuvDuvDuvDuvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Du3Du3Du3Du3Du3Du3Du3Du3Du3Du3Du4Du4Du4Du4Du4Du4Du4Du4Du4Du4Du5Du5Du5Du5Du5Du5Du5Du5Du5Du5Du6Du6Du6Du6Du6Du6Du6Du6Du6Du6\
Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du7Du8Du8Du8Du8Du8Du8Du8Du8Du8Du8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu9Du9Du9Du9Du9Du9Du9Du9Du9Du9Du+Du+Du+Du+Du+Du+Du+Du+Du+Du+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu9Du9Du9Du9Du9Du9Du9Du9Du9Du9DvADvADvADvADvADvADvADvADvADvA\
DvBDvBDvBDvBDvBDvBDvBDvBDvBDvBDvCDvCDvCDvCDvCDvCDvCDvCDvCDvCDvDDvDDvDDvDDvDDvDDvDDvDDvDDvDDvEDvEDvEDvEDvEDvEDvEDvEDvEDvE\
DvFDvFDvFDvFDvFDvFDvFDvFDvFDvFDvGDvGDvGDvGDvGDvGDvGDvGDvGDvGDvHDvHDvHDvHDvHDvHDvHDvHDvHDvHDvIDvIDvIDvIDvIDvIDvIDvIDvIDvI\
DvJDvJDvJDvJDvJDvJDvJDvJDvJDvJDvKDvKDvKDvKDvKDvKDvKDvKDvKDvKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADvMDvNAAADvODvPDvQDvR\
DvSAAAAAADvTAAAAAAAAAAAAAAAAAADvUAAAAAAAAAAAADvVDvWAAAAAAAAAAAAAAAAAAAAAAAADvXDvYDvZDvXAAADvaDvaDvaDvaDvaDvaDvaDvaDvaDva\
DvbAAAAAAAAAAAAAAAAAAAAAAAAAAADvcDvaDvaDvaDvaDvaDvaDvaDvaDvaDvdDvdDvdDvdDvdAAAAAAAAAAAAAAADvdDvdDvdDvdDvdDvdAAAAAAAAADvd\
DveDveAAAAAAAAAAAAAAAAAAAAAAAADveAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADvfAAADvfAAAAAAAAADvdAAADvdAAADvdAAADvdAAADvdDvd\
DvdAAADvdAAADvdDvdDvdAAADvdAAADvdAAADvdAAADvdAAADvdAAADvdAAADvfDvfDvfDvfDvfDvfDvfDvfDvfDvfDvgAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DvhDvfDvfDvfDvfDvfDvfDvfDvfDvfDviDviDviDviDviDviDviDviDviDviDvjDvjDvjDvjDvjDvjDvjDvjDvjDvjDvkDvkDvkDvkDvkDvkDvkDvkDvkDvk\
DvlDvlDvlDvlDvlDvlDvlDvlDvlDvlDvmDvmDvmDvmDvmDvmDvmDvmDvmDvmDvnDvnDvnDvnDvnDvnDvnDvnDvnDvnDvoDvoDvoDvoDvoDvoDvoDvoDvoDvo\
DvpDvpDvpDvpDvpDvpDvpDvpDvpDvpDvqDvqDvqDvqDvqDvqDvqDvqDvqDvqDvrDvrDvrDvrDvrDvrDvrDvrDvrDvrDvsDvsDvsDvsDvsDvsDvsDvsDvsDvs\
DvtDvtDvtDvtDvtDvtDvtDvtDvtDvtDvuDvuDvuDvuDvuDvuDvuDvuDvuDvuDvvDvvDvvDvvDvvDvvDvvDvvDvvDvvDvwDvwDvwDvwDvwDvwDvwDvwDvwDvw\
DvxDvxDvxDvxDvxDvxDvxDvxDvxDvxDvyDvyDvyDvyDvyDvyDvyDvyDvyDvyDvzDvzDvzDvzDvzDvzDvzDvzDvzDvzDv0Dv0Dv0Dv0Dv0Dv0Dv0Dv0Dv0Dv0\
Dv1Dv1Dv1Dv1Dv1Dv1Dv1Dv1Dv1Dv1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
Dv2Dv2Dv2Dv2Dv2Dv2Dv2Dv2Dv2Dv2Dv3Dv3Dv3Dv3Dv3Dv3Dv3Dv3Dv3Dv3Dv4Dv4Dv4Dv4Dv4Dv4Dv4Dv4Dv4Dv4Dv5Dv5Dv5Dv5Dv5Dv5Dv5Dv5Dv5Dv5\
Dv6Dv6Dv6Dv6Dv6Dv6Dv6Dv6Dv6Dv6Dv7Dv7Dv7Dv7Dv7Dv7Dv7Dv7Dv7Dv7AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAADv9Dv+Dv/Dv9Dv9Dv9DwADwBDwCDwDDwDDwDDwDDwDDwDDwDDwDDwDDwDAAADv9AAAAAADv9Dv9Dv9DwEDwEDv9DwFDwFDwFDwFDwFDwFDwFDwFDwFDwF\
Dv/Dv/DwDDwDDwDDwDDwGDwDDwHDwIDwJDv/DwDDwDDwDDwDDwDDwDDwDDwDDwKDwKDwDDwDDwDDwDDwDDwDDwDDwDDwLDwLDwLDwLDwLDwLDwLDwLDwLDwL\
AAADwDDwDDwDDwDDwDDwDDwDDwDDwDDwMDwMDwMDwMDwMDwMDwMDwMDwMDwMDwFDwFDwLDwFDwFDwFDwFDwFDwFDwFDwLDwLDwLDwLDwLDwLDwLDwFDwFDwF\
DwNDwFDwFDwFDwNDwLDwLDwLDwLDwLDwODwODwODwODwODwODwODwODwODwODwPDwPDwPDwPDwPDwPDwPDwPDwPDwPDwQDwQDwQDwQDwQDwQDwQDwQDwQDwQ\
DwRDwRDwRDwRDwRDwRDwRDwRDwRDwRDwSDwSDwSDwSDwSDwSDwSDwSDwSDwSDwTDwTDwTDwTDwTDwTDwTDwTDwTDwTDwUDwUDwUDwUDwUDwUDwUDwUDwUDwU\
DwVDwVDwVDwVDwVDwVDwVDwVDwVDwVDwWDwWDwWDwWDwWDwWDwWDwWDwWDwWDwXDwXDwXDwXDwXDwXDwXDwXDwXDwXDwYDwYDwYDwYDwYDwYDwYDwYDwYDwY\
DwZDwZDwZDwZDwZDwZDwZDwZDwZDwZDwaDwaDwaDwaDwaDwaDwaDwaDwaDwaDwbDwbDwbDwbDwbDwbDwbDwbDwbDwbDwcDwcDwcDwcDwcDwcDwcDwcDwcDwc\
DwdDwdDwdDwdDwdDwdDwdDwdDwdDwdDweDweDweDweDweDweDweDweDweDweDwfDwfDwfDwfDwfDwfDwfDwfDwfDwfDwgDwgDwgDwgDwgDwgDwgDwgDwgDwg\
DwhDwhDwhDwhDwhDwhDwhDwhDwhDwhDwiDwiDwiDwiDwiDwiDwiDwiDwiDwiDwjDwjDwjDwjDwjDwjDwjDwjDwjDwjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwgDwgDwgDwgDwgDwgDwgDwgDwgDwgDwkDwkDwkDwkDwkDwkDwkDwkDwkDwkDwlDwlDwlDwlDwlDwlDwlDwlDwlDwl\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwnDwoDwpDwqDwrDwsDwtDwuAAAAAAAAAAAAAAAAAADwvDwwAAAAAA\
AAAAAADwxAAAAAAAAAAAAAAAAAAAAAAAAAAADwyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwzAAAAAAAAAAAAAAAAAAAAAAAADw0Dw1Dw2Dw3AAAAAAAAAAAA\
Dw4Dw5Dw6AAADw7AAAAAADw8Dw8Dw6Dw9Dw+AAAAAAAAADw/AAADxADxBAAADxCDxCDxCDxCDxCDxCDxCDxCDxCDxCAAAAAADxDDxEDxFDxGDxHDxHDxHDxI\
DxJDxKDxLDxMDxNDxOAAAAAAAAAAAADxPDxQDxRDxSDxIDxHDxHDxHAAAAAAAAAAAAAAAAAAAAAAAAAAADxTAAAAAADxIDxHDxUDxHDxVDxDDxWDxXDxYDxZ\
DxKAAADxaAAAAAADxKAAAAAAAAAAAADxKAAAAAADxbAAAAAAAAAAAAAAAAAADxcDxdDxeDxfDxgAAADxhDxSDxfDxiDxjDxjDxkDxlDxmDxnDxDDxoDxpDxq\
DxrDxrDxrDxrDxrDxrDxrDxrDxrDxrAAADxTAAAAAAAAAAAAAAAAAAAAAAAADxTDxTDxTDxTDxTDxTDxTDxTDxTDxTAAAAAAAAAAAAAAAAAADxsDxtAAAAAA\
DxTDxTDxTAAAAAADxTDxTDxTDxTDxTDxuDxuDxuDxuDxuDxuDxuDxuDxuDxuDxvAAAAAAAAAAAAAAAAAAAAAAAAAAADxwDxwDxwDxwDxwDxwDxwDxwDxwDxw\
DxxAAADxKAAAAAAAAAAAADxyAAADxzDxvDxvDxvDxvDxvDxvDxvDxvDxvDxvDx0Dx0Dx0Dx0Dx0Dx0Dx0Dx0Dx0Dx0Dx1Dx1Dx1Dx1AAADx1Dx1Dx1Dx1Dx1\
Dx1Dx1Dx1Dx1Dx1Dx1AAADx1Dx1AAAAAAAAADx1AAADx1Dx1Dx1Dx1AAAAAADx1Dx1Dx1AAADx1Dx1Dx1Dx1Dx1AAADx1AAADx1Dx1AAAAAAAAAAAAAAAAAA\
Dx1Dx1Dx1Dx1AAAAAAAAAAAAAAAAAAAAADx1Dx1Dx1Dx1Dx1Dx1Dx1AAADx1Dx1AAAAAAAAAAAAAAAAAAAAAAAAAAADx1Dx1AAAAAADx1Dx1Dx1Dx1AAAAAA\
Dx1Dx1Dx1Dx1Dx1Dx1Dx1AAADx1Dx1Dx1Dx1AAAAAAAAAAAAAAAAAAAAADx1Dx1Dx1Dx1Dx1AAADx1AAADx1Dx1AAAAAADx1Dx1Dx1Dx1Dx1Dx1AAAAAADx1\
AAADx1Dx1Dx1AAADx1Dx1Dx1AAAAAADx1AAADx1AAADx1Dx1Dx1Dx1AAAAAADx1Dx1Dx1Dx1Dx1Dx1Dx1Dx1Dx1Dx1Dx2Dx2Dx2Dx2Dx2Dx2Dx2Dx2Dx2Dx2\
Dx1Dx1Dx1Dx1Dx1Dx1AAAAAAAAADx1AAAAAAAAAAAAAAAAAAAAAAAAAAADx1AAADx1AAAAAAAAADx1AAAAAAAAAAAAAAAAAAAAAAAADx1Dx1AAAAAAAAAAAA\
AAADx1Dx1Dx1Dx1Dx1Dx1AAAAAAAAADx1Dx1Dx1Dx1AAAAAADx1Dx1Dx1Dx1AAAAAADx1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx1AAAAAAAAAAAAAAAAAA\
Dx1Dx1Dx1AAAAAADx1AAAAAAAAAAAAAAAAAADx1Dx1Dx1Dx1Dx1Dx1AAAAAADx1AAAAAAAAAAAADx1Dx1AAAAAADx1Dx1AAAAAAAAAAAAAAAAAADx1Dx1Dx1\
Dx1AAADx1AAAAAADx1Dx1AAADx1Dx1Dx1Dx1Dx1Dx1Dx1Dx1AAAAAADx1Dx1Dx1Dx1Dx1AAAAAAAAAAAAAAAAAAAAADx1AAAAAAAAAAAADx1Dx1AAAAAAAAA\
Dx1AAAAAADx1Dx1AAAAAAAAAAAAAAADx1Dx1Dx1Dx1Dx1Dx1AAADx1Dx1Dx1AAADx1AAAAAAAAAAAAAAADx1Dx1AAADx1Dx1Dx1Dx1Dx1Dx1Dx1AAAAAADx1\
AAADx1Dx1Dx1AAAAAAAAADx1AAADx1Dx1Dx1Dx1Dx1Dx1Dx1Dx1AAADx1AAADx1AAADx1Dx1AAAAAAAAAAAAAAADx1Dx3Dx3Dx3Dx3Dx3Dx3Dx3Dx3Dx3Dx3\
AAAAAAAAAAAAAAAAAADx4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx4AAAAAADx5Dx5Dx5Dx5Dx5Dx5Dx5Dx5Dx5Dx5Dx6Dx6Dx6Dx6Dx6Dx6Dx6Dx6Dx6Dx6\
Dx7Dx7Dx7Dx7Dx7Dx7Dx7Dx7Dx7Dx7Dx8AAAAAAAAAAAAAAAAAAAAAAAAAAADx1AAAAAAAAAAAAAAAAAADx1Dx1AAADx9AAAAAAAAAAAAAAAAAAAAAAAADx1\
Dx+Dx+Dx+Dx+Dx+Dx+Dx+Dx+Dx+Dx+Dx/Dx/Dx/Dx/Dx/Dx/Dx/Dx/Dx/Dx/DyADyADyADyADyADyADyADyADyADyADyBDyBDyBDyBDyBDyBDyBDyBDyBDyB\
DyCDyCDyCDyCDyCDyCDyCDyCDyCDyCDyDDyDDyDDyDDyDDyDDyDDyDDyDDyDDyEDyEDyEDyEDyEDyEDyEDyEDyEDyEDyFDyFDyFDyFDyFDyFDyFDyFDyFDyF\
Dx/AAAAAAAAAAAAAAAAAAAAAAAAAAADx/Dx/AAAAAAAAAAAAAAAAAAAAAAAADyGDyGDyGDyGDyGDyGDyGDyGDyGDyGDyHDyHDyHDyHDyHDyHDyHDyHDyHDyH\
DyIDyIDyIDyIDyIDyIDyIDyIDyIDyIDyJDyJDyJDyJDyJDyJDyJDyJDyJDyJDyKDyKDyKDyKDyKDyKDyKDyKDyKDyKDyLDyLDyLDyLDyLDyLDyLDyLDyLDyL\
DyMDyMDyMDyMDyMDyMDyMDyMDyMDyMDyNDyNDyNDyNDyNDyNDyNDyNDyNDyNDyODyODyODyODyODyODyODyODyODyODyPDyPDyPDyPDyPDyPDyPDyPDyPDyP\
DyQDyQDyQDyQDyQDyQDyQDyQDyQDyQDyRDyRDyRDyRDyRDyRDyRDyRDyRDyRDySDySDySDySDySDySDySDySDySDySDyTDyTDyTDyTDyTDyTDyTDyTDyTDyT\
DyUDyUDyUDyUDyUDyUDyUDyUDyUDyUDyVDyVDyVDyVDyVDyVDyVDyVDyVDyVDyWDyWDyWDyWDyWDyWDyWDyWDyWDyWDyXDyXDyXDyXDyXDyXDyXDyXDyXDyX\
DyYDyYDyYDyYDyYDyYDyYDyYDyYDyYDyZDyZDyZDyZDyZDyZDyZDyZDyZDyZDyaDyaDyaDyaDyaDyaDyaDyaDyaDyaDybDybDybDybDybDybDybDybDybDyb\
DycDycDycDycDycDycDycDycDycDycDydDydDydDydDydDydDydDydDydDydDyeDyeDyeDyeDyeDyeDyeDyeDyeDyeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
DyfDyfDyfDyfDyfDyfDyfDyfDyfDyfDygDygDygDygDygDygDygDygDygDygDyhDyhDyhDyhDyhDyhDyhDyhDyhDyhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADyjDykDylDymDynAAAAAAAAADyoAAADypDyqDyqDypDyqDyqDypDypAAA\
AAADyrDyqDyqDyqDyqAAAAAAAAAAAAAAADypAAADypDyqAAAAAAAAAAAAAAAAAADyqAAADyqDyqAAAAAAAAAAAAAAADysDyqDyqDyqAAAAAAAAAAAAAAAAAA\
DysAAAAAADysDysDysDysAAADysDysDyqDyqDyqDyqDyqDyqDyqDyqDyqDyqDytDytDytDytDytDytDytDytDytDytDyuDyuDyuDyuDyuDyuDyuDyuDyuDyu\
DyvDyvDyvDyvDyvDyvDyvDyvDyvDyvDywDywDywDywDywDywDywDywDywDywDyxDyxDyxDyxDyxDyxDyxDyxDyxDyxDyyDyyDyyDyyDyyDyyDyyDyyDyyDyy\
DyzDyzDyzDyzDyzDyzDyzDyzDyzDyzDy0Dy0Dy0Dy0Dy0Dy0Dy0Dy0Dy0Dy0Dy1Dy1Dy1Dy1Dy1Dy1Dy1Dy1Dy1Dy1Dy2Dy2Dy2Dy2Dy2Dy2Dy2Dy2Dy2Dy2\
Dy3Dy3Dy3Dy3Dy3Dy3Dy3Dy3Dy3Dy3Dy4Dy4Dy4Dy4Dy4Dy4Dy4Dy4Dy4Dy4Dy5Dy5Dy5Dy5Dy5Dy5Dy5Dy5Dy5Dy5Dy6Dy6Dy6Dy6Dy6Dy6Dy6Dy6Dy6Dy6\
Dy7Dy7Dy7Dy7Dy7Dy7Dy7Dy7Dy7Dy7Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy9Dy9Dy9Dy9Dy9Dy9Dy9Dy9Dy9Dy9Dy+Dy+Dy+Dy+Dy+Dy+Dy+Dy+Dy+Dy+\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy8Dy/Dy/Dy/Dy/Dy/Dy/Dy/Dy/Dy/Dy/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAADzBDzCDzDDzEDzFDzGDzHAAAAAADzIDzIDzIDzIDzIDzIDzIDzIDzIDzIAAADzJAAADzJDzJDzJAAAAAAAAAAAADzJAAADzJDzJAAAAAADzJDzJAAAAAA\
DzJAAADzJDzJAAAAAAAAAAAAAAAAAADzJAAAAAADzJAAAAAAAAAAAAAAAAAADzJAAADzJAAAAAAAAADzJAAAAAAAAAAAAAAAAAADzKDzKDzKDzKDzKDzKDzK\
DzLDzLDzLDzLDzLDzLDzLDzLDzLDzLDzMDzMDzMDzMDzMDzMDzMDzMDzMDzMDzNDzNDzNDzNDzNDzNDzNDzNDzNDzNDzODzODzODzODzODzODzODzODzODzO\
DzPDzPDzPDzPDzPDzPDzPDzPDzPDzPDzQDzQDzQDzQDzQDzQDzQDzQDzQDzQDzRDzRDzRDzRDzRDzRDzRDzRDzRDzRDzSDzSDzSDzSDzSDzSDzSDzSDzSDzS\
DzTDzTDzTDzTDzTDzTDzTDzTDzTDzTDzUDzUDzUDzUDzUDzUDzUDzUDzUDzUDzVDzVDzVDzVDzVDzVDzVDzVDzVDzVDzWDzWDzWDzWDzWDzWDzWDzWDzWDzW\
DzXDzXDzXDzXDzXDzXDzXDzXDzXDzXDzYDzYDzYDzYDzYDzYDzYDzYDzYDzYDzZDzZDzZDzZDzZDzZDzZDzZDzZDzZDzaDzaDzaDzaDzaDzaDzaDzaDzaDza\
DzbDzbDzbDzbDzbDzbDzbDzbDzbDzbDzcDzcDzcDzcDzcDzcDzcDzcDzcDzcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADzaDzaDzaDzaDzaDzaDzaDzaDzaDza\
DzdDzdDzdDzdDzdDzdDzdDzdDzdDzdDzeDzeDzeDzeDzeDzeDzeDzeDzeDzeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADzgDzhAAADziDzjDzkAAAAAADzl\
AAAAAAAAAAAAAAAAAAAAAAAADzmAAAAAAAAADznDznDzoDzpAAAAAAAAAAAAAAADzqAAAAAAAAAAAAAAAAAAAAAAAADzqDzrDzsAAAAAADzqDztDzuDzvDzw\
DzxDzyDzzDz0Dz1Dz2DzqDz3Dz4Dz5DzqDz6Dz7Dz8DzqDz9DzqDzqDz+DzqDz/Dz/Dz/Dz/Dz/Dz/Dz/Dz/Dz/Dz/D0AD0AD0AD0AD0AD0AD0AD0AD0AD0A\
AAAD0AD0AD0AD0BD0AD0AD0AD0AD0AD0CAAAD0AD0AD0AD0DD0AD0EAAAAAAD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FD0FAAAAAA\
AAAAAAD0GAAAAAAD0HAAAAAAAAAAAAAAAAAAAAAAAAAAAD0FD0FAAAAAAAAAAAAAAAAAAAAAAAAD0IAAAD0JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0KAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAD0LD0FAAAAAAD0FD0FAAAD0FD0FAAAD0FD0MD0NAAAAAAAAAAAAD0OAAAAAAAAAAAAAAAD0GAAAAAAAAAD0GAAAAAAAAA\
AAAAAAAAAD0PAAAAAAD0PAAAAAAAAAAAAAAAAAAAAAD0QAAAD0QAAAAAAAAAD0FD0FAAAAAAAAAD0FD0FD0FD0FD0FD0RAAAAAAAAAAAAAAAD0FD0FAAAAAA\
AAAAAAAAAAAAAAAAAAD0SAAAD0SAAAD0FAAAAAAD0TAAAAAAD0FAAAAAAD0FD0MD0UAAAAAAAAAAAAAAAAAAAAAD0LD0MAAAD0FAAAAAAAAAAAAAAAAAAAAA\
D0MAAAAAAD0VAAAAAAAAAAAAAAAAAAD0MAAAAAAAAAAAAD0FAAAAAAAAAAAAD0FAAAAAAAAAAAAD0FAAAD0FD0FD0FD0WD0WD0WD0WD0WD0WD0WD0WD0WD0W\
D0XD0XD0XD0XD0XD0XD0XD0XD0XD0XAAAAAAAAAAAAD0XAAAAAAAAAAAAAAAD0XAAAAAAD0XD0XAAAAAAAAAAAAAAAAAAD0XD0XD0XAAAAAAAAAAAAAAAAAA\
AAAD0XD0XD0XD0XD0XD0XD0XAAAAAAD0YD0YD0YD0YD0YD0YD0YD0YD0YD0YAAAAAAD0YAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAD0YAAAAAAAAAAAA\
AAAAAAAAAAAAAAAD0YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAD0YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0Y\
D0YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAAAAAAAD0YAAAAAAAAAAAAAAAAAAD0YAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAD0YAAAAAAAAAAAAAAAD0YD0YAAAD0YD0YD0YD0YD0YD0YD0YAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAD0YAAAAAAD0YAAAAAAAAAAAAAAAD0Y\
D0YD0YAAAAAAAAAAAAAAAAAAAAAAAAD0YAAAAAAD0YAAAAAAAAAAAAAAAAAAD0ZD0ZD0ZD0ZD0ZD0ZD0ZD0ZD0ZD0ZD0aD0aD0aD0aD0aD0aD0aD0aD0aD0a\
D0bD0bD0bD0bD0bD0bD0bD0bD0bD0bD0cD0cD0cD0cD0cD0cD0cD0cD0cD0cD0dD0dD0dD0dD0dD0dD0dD0dD0dD0dD0eD0eD0eD0eD0eD0eD0eD0eD0eD0e\
D0fD0fD0fD0fD0fD0fD0fD0fD0fD0fD0gD0gD0gD0gD0gD0gD0gD0gD0gD0gD0hD0hD0hD0hD0hD0hD0hD0hD0hD0hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D0iD0iD0iD0iD0iD0iD0iD0iD0iD0iD0jD0jD0jD0jD0jD0jD0jD0jD0jD0jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAD0lAAAAAAAAAD0mAAAAAAD0nD0oAAAD0pD0qD0rD0sAAAD0tD0uAAAAAAD0vD0vAAAD0vD0vD0vD0vD0wD0vD0vD0xAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAD0yAAAAAAAAAAAAAAAAAAAAAD0zD0zD0zD0zD0zD0zD0zD0zD0zD0zAAAAAAD0zAAAD0zD0zD0zD0zD0zAAAAAAAAAAAAD0zAAAD0zD0zD0zD0zAAA\
AAAAAAAAAD0zD0zD0zD0zAAAD0zAAAAAAAAAD0zD0zD0zD0zAAAAAAAAAAAAAAAAAAD0zD0zAAAD0zD0zD0zAAAAAAD00D00D00D00D00D00D00D00D00D00\
D00D00D00D00D00D00D00D00D00D01D02AAAAAAAAAAAAAAAAAAAAAAAAAAAD03AAAAAAAAAAAAD04AAAAAAAAAAAAD05D05D05D05D05D05D05D05D05D05\
D06D06D06D06D06D06D06D06D06D06D06D06D06D06D06D06D06D06D06AAAD07D07D07D07D07D07D07D07D07D07D08D08D08D08D08D08D08D08D08D08\
D09D09D09D09D09D09D09D09D09D09D0+D0+D0+D0+D0+D0+D0+D0+D0+D0+D0/D0/D0/D0/D0/D0/D0/D0/D0/D0/D1AD1AD1AD1AD1AD1AD1AD1AD1AD1A\
D1BD1BD1BD1BD1BD1BD1BD1BD1BD1BD1CD1CD1CD1CD1CD1CD1CD1CD1CD1CD1DD1DD1DD1DD1DD1DD1DD1DD1DD1DD1ED1ED1ED1ED1ED1ED1ED1ED1ED1E\
D1FD1FD1FD1FD1FD1FD1FD1FD1FD1FD1GD1GD1GD1GD1GD1GD1GD1GD1GD1GD1HD1HD1HD1HD1HD1HD1HD1HD1HD1HD1ID1ID1ID1ID1ID1ID1ID1ID1ID1I\
D1JD1JD1JD1JD1JD1JD1JD1JD1JD1JD1KD1KD1KD1KD1KD1KD1KD1KD1KD1KD1LD1LD1LD1LD1LD1LD1LD1LD1LD1LD1MD1MD1MD1MD1MD1MD1MD1MD1MD1M\
D1ND1ND1ND1ND1ND1ND1ND1ND1ND1ND1OD1OD1OD1OD1OD1OD1OD1OD1OD1OD1PD1PD1PD1PD1PD1PD1PD1PD1PD1PD1QD1QD1QD1QD1QD1QD1QD1QD1QD1Q\
D1RD1RD1RD1RD1RD1RD1RD1RD1RD1RD1SD1SD1SD1SD1SD1SD1SD1SD1SD1SD1TD1TD1TD1TD1TD1TD1TD1TD1TD1TD1UD1UD1UD1UD1UD1UD1UD1UD1UD1U\
D1VD1VD1VD1VD1VD1VD1VD1VD1VD1VD1WD1WD1WD1WD1WD1WD1WD1WD1WD1WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D1XD1XD1XD1XD1XD1XD1XD1XD1XD1XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAD1ZD1aD1bD1cD1dD1eD1fAAAAAAAAAAAAD1gD1gD1gD1gD1gD1hD1gAAAAAAAAAD1gD1gD1gD1gD1gAAAD1gAAAAAAAAAD1gD1gAAAD1gAAAAAAD1gAAA\
AAAAAAD1gD1gD1gD1gAAAAAAD1gAAAAAAAAAD1gD1gD1gD1gD1gAAAAAAAAAAAAAAAAAAD1gD1gD1gAAAAAAD1gAAAD1iD1iD1gD1iD1gD1gD1gD1iD1jAAA\
D1kD1kD1kD1kD1kD1kD1kD1kD1kD1kD1gD1gD1gD1gD1gD1gD1gD1gD1gD1gD1lD1lD1lD1lD1lD1lD1lD1lD1lD1lD1mD1mD1mD1mD1mD1mD1mD1mD1lD1l\
D1nD1nD1nD1nD1nD1nD1nD1nD1nD1nD1oD1oD1oD1oD1oD1oD1oD1oD1oD1oD1pD1pD1pD1pD1pD1pD1pD1pD1pD1pD1qD1qD1qD1qD1qD1qD1qD1qD1qD1q\
D1rD1rD1rD1rD1rD1rD1rD1rD1rD1rD1sD1sD1sD1sD1sD1sD1sD1sD1sD1sD1tD1tD1tD1tD1tD1tD1tD1tD1tD1tD1uD1uD1uD1uD1uD1uD1uD1uD1uD1u\
D1vD1vD1vD1vD1vD1vD1vD1vD1vD1vD1wD1wD1wD1wD1wD1wD1wD1wD1wD1wD1xD1xD1xD1xD1xD1xD1xD1xD1xD1xD1yD1yD1yD1yD1yD1yD1yD1yD1yD1y\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD1zD10D10D10D10D10D10D10D10D10D10\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD12D13AAAAAAD14AAAD15D16D17AAAAAAAAAAAAAAAD18AAAAAAAAAAAAAAAD19D19D19D19D19D19AAAAAAAAA\
D1+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/D1/AAAD1/D1/D1/D1/D1/D1/D2AAAAAAAAAAAAAAAAAAAAAAAAAAAAD2BD1/D1/D1/D1/D1/D1/D1/D1/D1/\
D2CAAAAAAAAAAAAAAAAAAAAAAAAAAAD2DD2DD2DD2DD2DD2DD2DD2DD2DD2DD2EAAAAAAAAAAAAAAAAAAAAAAAAAAAD2FD2FD2FD2FD2FD2FD2FD2FD2FD2F\
D2GAAAAAAAAAAAAAAAAAAAAAAAAAAAD2HD2FD2FD2FD2FD2FD2FD2FD2FD2FAAAAAAAAAAAAAAAD2IAAAAAAAAAAAAD2JD2JD2JD2JD2JD2JD2JD2JD2JD2J\
D2KD2KD2KD2KD2KD2KD2KD2KD2KD2KD2ID2ID2ID2ID2ID2ID2ID2ID2ID2ID2EAAAAAAAAAAAAD2EAAAD2LAAAAAAD2MD2MD2MD2MD2MD2MD2MD2MD2MD2M\
D2ND2ND2ND2ND2ND2ND2ND2ND2ND2ND2OD2OD2OD2OD2OD2OD2OD2OD2OD2OD2PD2PD2PD2PD2PD2PD2PD2PD2PD2PD2QD2QD2QD2QD2QD2QD2QD2QD2QD2Q\
D2RD2RD2RD2RD2RD2RD2RD2RD2RD2RD2SD2SD2SD2SD2SD2SD2SD2SD2SD2SD2TD2TD2TD2TD2TD2TD2TD2TD2TD2TD2UD2UD2UD2UD2UD2UD2UD2UD2UD2U\
D2VD2VD2VD2VD2VD2VD2VD2VD2VD2VD2WD2WD2WD2WD2WD2WD2WD2WD2WD2WD2XD2XD2XD2XD2XD2XD2XD2XD2XD2XD2YD2YD2YD2YD2YD2YD2YD2YD2YD2Y\
D2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2aD2aD2aD2aD2aD2aD2aD2aD2aD2aD2bD2bD2bD2bD2bD2bD2bD2bD2bD2bD2cD2cD2cD2cD2cD2cD2cD2cD2cD2c\
D2dD2dD2dD2dD2dD2dD2dD2dD2dD2dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2eD2eD2eD2eD2eD2eD2eD2eD2eD2eD2fD2fD2fD2fD2fD2fD2fD2fD2fD2f\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZD2ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAD2hD2iAAAD2jD2kAAAAAAD2lD2mAAAAAAAAAAAAAAAAAAAAAD2nD2oAAAAAAAAAD2pAAAAAAAAAAAAAAAAAAAAAAAAAAAD2qAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAD2rAAAAAAD2rAAAAAAD2sAAAAAAAAAAAAAAAAAAAAAAAAAAAD2tAAAAAAAAAAAAAAAAAAAAAD2uAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D2vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2wD2wD2wAAAAAAD2wD2wD2wAAAAAAAAAAAAD2wD2wAAAAAAAAAAAAD2xD2xD2xD2xD2xD2xD2xD2xD2xD2x\
D2wD2wAAAAAAD2wD2wD2wAAAD2wAAAAAAAAAAAAD2wAAAD2wD2wAAAAAAD2wD2yAAAAAAAAAAAAAAAAAAAAAAAAAAAD2zAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D20D20D20D20D20D20D20D20D20D20D21D21D21D21D21D21D21D21D21D21D22D22D22D22D22D22D22D22D22D22D23D23D23D23D23D23D23D23D23D23\
D24D24D24D24D24D24D24D24D24D24D25D25D25D25D25D25D25D25D25D25D26D26D26D26D26D26D26D26D26D26D27D27D27D27D27D27D27D27D27D27\
D28D28D28D28D28D28D28D28D28D28D29D29D29D29D29D29D29D29D29D29D2+D2+D2+D2+D2+D2+D2+D2+D2+D2+D2/D2/D2/D2/D2/D2/D2/D2/D2/D2/\
D3AD3AD3AD3AD3AD3AD3AD3AD3AD3AD3BD3BD3BD3BD3BD3BD3BD3BD3BD3BD3CD3CD3CD3CD3CD3CD3CD3CD3CD3CD3DD3DD3DD3DD3DD3DD3DD3DD3DD3D\
D3ED3ED3ED3ED3ED3ED3ED3ED3ED3ED3FD3FD3FD3FD3FD3FD3FD3FD3FD3FD3GD3GD3GD3GD3GD3GD3GD3GD3GD3GD3HD3HD3HD3HD3HD3HD3HD3HD3HD3H\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3ID3ID3ID3ID3ID3ID3ID3ID3ID3ID3JD3JD3JD3JD3JD3JD3JD3JD3JD3JD3KD3KD3KD3KD3KD3KD3KD3KD3KD3K\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3MD3MD3ND3OD3PD3QD3RD3S\
AAAAAAD3TD3TD3TD3TD3TD3TD3TAAAD3UAAAD3TD3TD3TD3TD3TD3TD3TAAAD3VAAAD3VD3VD3VD3VD3VAAAD3VAAAD3WAAAD3TD3TD3TD3TD3TD3TD3TAAA\
D3XAAAD3TD3TD3TD3TD3TD3TD3TAAAD3YAAAAAAAAAAAAAAAAAAAAAAAAAAAD3ZAAAD3TD3TD3TD3TD3TD3TD3TAAAD3aD3aD3aD3aD3aD3aD3aD3aD3aD3a\
D3bAAAAAAAAAAAAAAAAAAAAAAAAAAAD3cD3cD3cD3cD3cD3cD3cD3cD3cD3cD3dAAAAAAAAAAAAAAAAAAAAAAAAAAAD3eAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D3fAAAAAAAAAAAAAAAAAAAAAAAAAAAD3gAAAAAAAAAAAAAAAAAAAAAAAAAAAD3hD3hD3hD3hD3hD3hD3hD3hD3hD3hD3iD3iD3iD3iD3iD3iD3iD3iD3iD3i\
D3jD3jD3jD3jD3jD3jD3jD3jD3jD3jAAAAAAD3kAAAAAAD3kAAAAAAAAAAAAD3lAAAAAAAAAAAAD3lAAAAAAAAAAAAD3mD3mD3mD3mD3mD3mD3mD3mD3mD3m\
D3nAAAD3nAAAAAAAAAAAAAAAAAAAAAD3oD3oD3oD3oD3oD3oD3oD3oD3oD3oD3pD3pD3pD3pD3pD3pD3pD3pD3pD3pD3qD3qD3qD3qD3qD3qD3qD3qD3qD3q\
D3rD3rD3rD3rD3rD3rD3rD3rD3rD3rD3sD3sD3sD3sD3sD3sD3sD3sD3sD3sD3tD3tD3tD3tD3tD3tD3tD3tD3tD3tD3uD3uD3uD3uD3uD3uD3uD3uD3uD3u\
D3vD3vD3vD3vD3vD3vD3vD3vD3vD3vD3wD3wD3wD3wD3wD3wD3wD3wD3wD3wD3xD3xD3xD3xD3xD3xD3xD3xD3xD3xD3yD3yD3yD3yD3yD3yD3yD3yD3yD3y\
D3zD3zD3zD3zD3zD3zD3zD3zD3zD3zD30D30D30D30D30D30D30D30D30D30D31D31D31D31D31D31D31D31D31D31D32D32D32D32D32D32D32D32D32D32\
D33D33D33D33D33D33D33D33D33D33D34D34D34D34D34D34D34D34D34D34D35D35D35D35D35D35D35D35D35D35D36D36D36D36D36D36D36D36D36D36\
D37D37D37D37D37D37D37D37D37D37D38D38D38D38D38D38D38D38D38D38D39D39D39D39D39D39D39D39D39D39D3+D3+D3+D3+D3+D3+D3+D3+D3+D3+\
D3/D3/D3/D3/D3/D3/D3/D3/D3/D3/D4AD4AD4AD4AD4AD4AD4AD4AD4AD4AD4BD4BD4BD4BD4BD4BD4BD4BD4BD4BD4CD4CD4CD4CD4CD4CD4CD4CD4CD4C\
D4DD4DD4DD4DD4DD4DD4DD4DD4DD4DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4ED4ED4ED4ED4ED4ED4ED4ED4ED4ED4FD4FD4FD4FD4FD4FD4FD4FD4FD4F\
D4GD4GD4GD4GD4GD4GD4GD4GD4GD4GD4HD4HD4HD4HD4HD4HD4HD4HD4HD4HD4ID4ID4ID4ID4ID4ID4ID4ID4ID4ID4JD4JD4JD4JD4JD4JD4JD4JD4JD4J\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D4KD4KD4KD4KD4KD4KD4KD4KD4KD4KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4LD4LD4LD4LD4LD4LD4LD4LD4LD4LD4ED4ED4ED4ED4ED4ED4ED4ED4ED4E\
AAAD4ND4OD4PD4PD4QAAAD4RD4PD4PAAAAAAD4SAAAAAAD4TAAAD4UD4VD4WD4XD4XD4XD4XD4XD4XD4XD4XD4XD4YD4XD4XD4XD4XD4XD4XD4XD4XD4XD4X\
D4ZD4ZD4ZD4aD4bD4cD4aAAAD4dD4bAAAD4eD4fD4gD4hAAAD4iD4jD4kD4lD4mD4nAAAAAAAAAD4oAAAAAAAAAAAAAAAD4pAAAD4qAAAAAAAAAAAAAAAD4r\
D4sAAAAAAAAAAAAAAAAAAAAAAAAAAAD4tAAAAAAAAAAAAAAAAAAAAAAAAAAAD4uD4vAAAAAAAAAAAAAAAAAAAAAD4wD4xD4xD4xD4xD4xD4xD4xD4xD4xD4x\
AAAD4xD4xD4xD4xD4xD4xD4xD4xD4xD4yAAAD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yD4yAAAAAAD4yD4yD4yD4yD4yD4yD4yD4y\
D4zAAAD4yD40D41D42D43D44D45D46AAAAAAAAAD4yD4yD4yD4yD4yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD47AAAAAAAAAD47D47AAAAAAAAAAAAD48AAA\
AAAAAAD47D47AAAAAAAAAD47D49AAAAAAAAAAAAAAAAAAAAAAAAD47AAAAAAAAAAAAD47AAAAAAD47AAAAAAD47AAAD47D47D47D47D47D47D47D47D47D47\
AAAAAAD47D4+AAAD4/AAAD5AD5BAAAAAAAAAD47D47D47D47D47D47D47D47D5CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5DAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAD5EAAAAAAAAAAAAD5FD5FD5FD5FD5FD5FD5FD5FD5FD5FD5GD5GD5GD5GD5GD5GD5GD5GD5GD5GAAAAAAAAAAAAAAAAAAAAAAAAAAAD5H\
D5IAAAAAAAAAAAAAAAAAAAAAAAAAAAD5JD5JAAAAAAAAAAAAAAAAAAAAAD5JD5CD5CD5CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5C\
D5CD5CD5CD5CD5CD5CD5CD5CD5CD5CD5KD5KD5KD5KD5KD5KD5KD5KD5KD5KD5LD5LD5LD5LD5LD5LD5LD5LD5LD5LAAAD5LAAAAAAAAAAAAAAAAAAAAAAAA\
D5LD5LD5LD5LAAAAAAAAAAAAAAAAAAD5MD5NAAAD5LD5LD5LD5OAAAAAAAAAD5LD5LD5LAAAAAAD5LD5LD5PD5LD5LAAAAAAAAAAAAAAAAAAD5LD5LD5LAAA\
D5LD5LD5LAAAAAAAAAD5LD5LAAAAAAD5QAAAAAAAAAAAAAAAD5QD5LD5LD5LAAAD5LD5LD5LD5LD5LD5LD5LD5LD5LD5RD5RD5RD5RD5RD5RD5RD5RD5RD5R\
D5SAAAAAAAAAAAAAAAAAAAAAAAAAAAD5RAAAAAAAAAAAAD5RAAAAAAD5TAAAAAAAAAAAAD5RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5RAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAD5RAAAAAAAAAD5RAAAAAAAAAAAAAAAAAAAAAAAAD5UD5UD5UD5UD5UD5UD5UD5UD5UD5UD5VD5VD5VD5VD5VD5VD5VD5VD5VD5V\
D5WD5WD5WD5WD5WD5WD5WD5WD5WD5WD5XD5XD5XD5XD5XD5XD5XD5XD5XD5XD5YD5YD5YD5YD5YD5YD5YD5YD5YD5YD5ZD5ZD5ZD5ZD5ZD5ZD5ZD5ZD5ZD5Z\
D5aD5aD5aD5aD5aD5aD5aD5aD5aD5aD5bD5bD5bD5bD5bD5bD5bD5bD5bD5bD5cD5cD5cD5cD5cD5cD5cD5cD5cD5cD5dD5dD5dD5dD5dD5dD5dD5dD5dD5d\
D5dD5dD5dD5dD5dAAAAAAAAAAAAAAAD5dAAAAAAAAAAAAAAAAAAAAAAAAAAAD5dD5dAAAAAAAAAD5dD5dD5dD5dD5dD5dD5dD5dAAAAAAAAAAAAAAAD5dD5d\
D5dD5dD5dAAAAAAAAAAAAAAAAAAAAAD5eD5eD5eD5eD5eD5eD5eD5eD5eD5eD5eD5eAAAAAAAAAAAAAAAAAAAAAAAAD5eD5eD5eD5eAAAD5eAAAAAAD5eAAA\
D5DD5DD5DD5DD5DD5DD5DD5DD5DD5DD5fD5fD5fD5fD5fD5fD5fD5fD5fD5fD5gD5gD5gD5gD5gD5gD5gD5gD5gD5gD5hD5hD5hD5hD5hD5hD5hD5hD5hD5h\
D5iD5iD5iD5iD5iD5iD5iD5iD5iD5iD5jD5jD5jD5jD5jD5jD5jD5jD5jD5jD5kD5kD5kD5kD5kD5kD5kD5kD5kD5kD5lD5lD5lD5lD5lD5lD5lD5lD5lD5l\
D5mD5mD5mD5mD5mD5mD5mD5mD5mD5mD5nD5nD5nD5nD5nD5nD5nD5nD5nD5nD5oD5oD5oD5oD5oD5oD5oD5oD5oD5oD5pD5pD5pD5pD5pD5pD5pD5pD5pD5p\
D5qD5qD5qD5qD5qD5qD5qD5qD5qD5qD5rD5rD5rD5rD5rD5rD5rD5rD5rD5rD5sD5sD5sD5sD5sD5sD5sD5sD5sD5sD5tD5tD5tD5tD5tD5tD5tD5tD5tD5t\
D5uD5uD5uD5uD5uD5uD5uD5uD5uD5uD5ED5ED5ED5ED5ED5ED5ED5ED5ED5ED5vD5vD5vD5vD5vD5vD5vD5vD5vD5vD5wD5wD5wD5wD5wD5wD5wD5wD5wD5w\
D5xD5xD5xD5xD5xD5xD5xD5xD5xD5xD5yD5yD5yD5yD5yD5yD5yD5yD5yD5yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5zD5zD5zD5zD5zD5zD5zD5zD5zD5z\
D50D50D50D50D50D50D50D50D50D50D51D51D51D51D51D51D51D51D51D51D52D52D52D52D52D52D52D52D52D52D53D53D53D53D53D53D53D53D53D53\
D54D54D54D54D54D54D54D54D54D54D55D55D55D55D55D55D55D55D55D55AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD56D56D56D56D56D56D56D56D56D56\
D57D57D57D57D57D57D57D57D57D57D58D58D58D58D58D58D58D58D58D58D59D59D59D59D59D59D59D59D59D59AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D5+D5+D5+D5+D5+D5+D5+D5+D5+D5+D5/D5/D5/D5/D5/D5/D5/D5/D5/D5/D6AD6AD6AD6AD6AD6AD6AD6AD6AD6AD6BD6BD6BD6BD6BD6BD6BD6BD6BD6B\
D6CD6CD6CD6CD6CD6CD6CD6CD6CD6CD6DD6DD6DD6DD6DD6DD6DD6DD6DD6DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D6ED6ED6ED6ED6ED6ED6ED6ED6ED6ED6FD6FD6FD6FD6FD6FD6FD6FD6FD6FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D6GD6GD6GD6GD6GD6GD6GD6GD6GD6GD53D53D53D53D53D53D53D53D53D53AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6IAAAD6JAAAAAAD6KD6LD6MD6N\
AAAAAAAAAD6OAAAAAAD6PD6QAAAAAAD6RD6RD6RD6RD6RD6RD6RD6RD6SD6RAAAD6TAAAD6UD6VD6WD6XAAAAAAD6YD6QD6ZAAAAAAAAAAAAAAAD6QAAAAAA\
D6aAAAD6aD6aD6bAAAD6aD6cAAAD6aD6cD6cD6cD6cD6cD6cD6cD6cD6cAAAAAAD6dAAAD6dAAAD6dD6dAAAAAAAAAD6dD6dAAAAAAAAAD6dD6dAAAAAAAAA\
D6dD6dD6dD6dD6dD6dD6dD6dD6dD6dD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eD6eAAAD6eD6eD6eAAAD6dAAAAAAAAAAAAD6dAAAAAAAAA\
D6fAAAAAAD6gAAAAAAD6hAAAAAAAAAAAAAAAAAAAAAD6iAAAAAAAAAAAAAAAD6jAAAAAAAAAAAAAAAAAAAAAAAAAAAD6dAAAAAAD6kD6lD6mD6eD6nD6oD6e\
AAAAAAAAAAAAAAAAAAD6pAAAAAAD6pAAAD6qAAAAAAAAAAAAAAAD6oAAAAAAD6rD6rD6rD6rD6rD6rD6rD6rD6rD6rD6sD6sD6sD6sD6sD6sD6sD6sD6sD6s\
D6tD6tD6tD6tD6tD6tD6tD6tD6tD6tD6uD6uD6uD6uD6uD6uD6uD6uD6uD6uD6vD6vD6vD6vD6vD6vD6vD6vD6vD6vD6vAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAD6vAAAAAAAAAAAAAAAAAAAAAD6vAAAAAAAAAAAAD6vAAAAAAAAAAAAD6vAAAAAAAAAAAAAAAAAAAAAAAAD6uAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D6vD6uD6uD6vD6vD6vD6vD6vD6vD6vAAAAAAAAAAAAD6uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6uAAAAAAAAAAAAD6vD6vD6vD6vD6vD6vD6vD6uD6wD6w\
AAAAAAAAAAAAAAAAAAAAAAAAD6uAAAAAAAAAAAAAAAAAAAAAD6uAAAAAAD6uAAAD6uAAAAAAAAAAAAAAAAAAAAAAAAD6xD6xD6xD6xD6xD6xD6xD6xD6xD6x\
D6yD6yD6yD6yD6yD6yD6yD6yD6yD6yD6zD6zD6zD6zD6zD6zD6zD6zD6zD6zD60D60D60D60D60D60D60D60D60D60D61D61D61D61D61D61D61D61D61D61\
D62D62D62D62D62D62D62D62D62D62D63D63D63D63D63D63D63D63D63D63D64D64D64D64D64D64D64D64D64D64D65D65D65D65D65D65D65D65D65D65\
D66D66D66D66D66D66D66D66D66D66D67D67D67D67D67D67D67D67D67D67D68D68D68D68D68D68D68D68D68D68D69D69D69D69D69D69D69D69D69D69\
D6+D6+D6+D6+D6+D6+D6+D6+D6+D6+D6/D6/D6/D6/D6/D6/D6/D6/D6/D6/D7AD7AD7AD7AD7AD7AD7AD7AD7AD7AD7BD7BD7BD7BD7BD7BD7BD7BD7BD7B\
D7CD7CD7CD7CD7CD7CD7CD7CD7CD7CD7DD7DD7DD7DD7DD7DD7DD7DD7DD7DD7ED7ED7ED7ED7ED7ED7ED7ED7ED7ED7FD7FD7FD7FD7FD7FD7FD7FD7FD7F\
D7GD7GD7GD7GD7GD7GD7GD7GD7GD7GD7HD7HD7HD7HD7HD7HD7HD7HD7HD7HD7ID7ID7ID7ID7ID7ID7ID7ID7ID7ID7JD7JD7JD7JD7JD7JD7JD7JD7JD7J\
D7KD7KD7KD7KD7KD7KD7KD7KD7KD7KD7LD7LD7LD7LD7LD7LD7LD7LD7LD7LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D7NAAAD7OD7PD7QD7PD7PD7PD7RAAAD7SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7TAAAD7TAAAAAAD7TAAAAAAAAAD7UD7UD7UD7UD7UD7UD7UD7UD7UD7U\
D7VD7VD7WAAAD7VAAAAAAAAAAAAD7XD7YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7ZAAAD7aD7aD7aD7aD7aD7aD7aD7aD7aD7a\
D7bD7bD7bD7bD7bD7bD7bD7bD7bD7bD7cD7cD7cD7cD7cD7cD7cD7cD7cD7cD7dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7e\
D7fAAAAAAAAAAAAAAAAAAAAAAAAAAAD7gAAAAAAAAAAAAAAAAAAAAAAAAAAAD7hD7hD7hD7hD7hD7hD7hD7hD7hD7hD7iD7iD7iD7iD7iD7iD7iD7iD7iD7i\
D7jD7jD7jD7jD7jD7jD7jD7jD7jD7jAAAAAAD7kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7jD7lD7lD7lD7lD7lD7lD7lD7lD7lD7l\
D7mD7mAAAAAAAAAAAAAAAAAAAAAAAAD7nD7nD7nD7nD7nD7nD7nD7nD7nD7nD7oD7oD7oD7oD7oD7oD7oD7oD7oD7oD7pD7pD7pD7pD7pD7pD7pD7pD7pD7p\
AAAAAAD7pAAAAAAAAAAAAAAAAAAAAAD7qD7qD7qD7qD7qD7qD7qD7qD7qD7qD7rD7rD7rD7rD7rD7rD7rD7rD7rD7rD7sD7sD7sD7sD7sD7sD7sD7sD7sD7s\
D7tD7tD7tD7tD7tD7tD7tD7tD7tD7tD7uD7uD7uD7uD7uD7uD7uD7uD7uD7uD7vD7vD7vD7vD7vD7vD7vD7vD7vD7vD7wD7wD7wD7wD7wD7wD7wD7wD7wD7w\
D7xD7xD7xD7xD7xD7xD7xD7xD7xD7xD7yD7yD7yD7yD7yD7yD7yD7yD7yD7yD7zD7zD7zD7zD7zD7zD7zD7zD7zD7zD70D70D70D70D70D70D70D70D70D70\
D71D71D71D71D71D71D71D71D71D71AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD72D72D72D72D72D72D72D72D72D72D73D73D73D73D73D73D73D73D73D73\
D74D74D74D74D74D74D74D74D74D74D75D75D75D75D75D75D75D75D75D75AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D76D76D76D76D76D76D76D76D76D76D74D74D74D74D74D74D74D74D74D74AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD78D79D7+D7+D7/D8AD8BD8CAAA\
AAAAAAAAAAAAAAAAAAD8DD8DAAAAAAAAAAAAAAAD8ED8ED8ED8EAAAAAAAAAAAAAAAAAAAAAAAAD8ED8ED8EAAAAAAAAAAAAD8ED8EAAAAAAD8EAAAAAAAAA\
AAAAAAD8ED8ED8EAAAD8EAAAAAAAAAAAAAAAD8EAAAD8EAAAD8ED8DAAAAAAAAAAAAD8ED8ED8EAAAAAAD8DAAAAAAD8FD8FD8FD8FD8FD8FD8FD8FD8FD8F\
D8GD8GD8GD8GD8GD8GD8GD8GD8GD8GD8HD8HD8HD8HD8HD8HD8HD8HD8HD8HD8ID8ID8ID8ID8ID8ID8ID8ID8ID8ID8JD8JD8JD8JD8JD8JD8JD8JD8JD8J\
D8KD8KD8KD8KD8KD8KD8KD8KD8KD8KD8LD8LD8LD8LD8LD8LD8LD8LD8LD8LD8MD8MD8MD8MD8MD8MD8MD8MD8MD8MD8ND8ND8ND8ND8ND8ND8ND8ND8ND8N\
D8OD8OD8OD8OD8OD8OD8OD8OD8OD8OD8PD8PD8PD8PD8PD8PD8PD8PD8PD8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAD8RD8SAAAAAAD8TD8UD8VD8WD8XAAAD8YD8ZD8aD8bD8cAAAAAAAAAAAAAAAD8YD8ZD8aD8bD8cD8YAAAAAAAAAD8dAAAAAAD8YAAAD8dD8YAAAD8YAAA\
D8dAAAAAAAAAAAAAAAD8dAAAAAAD8dD8eD8fD8dAAAAAAD8gD8gD8gD8dD8gD8dD8dAAAD8dAAAD8dD8dD8hD8dD8dD8dD8dD8iD8dD8dD8dD8dD8dD8dD8d\
D8jD8jD8jD8jD8jD8jD8jD8jD8jD8jAAAD8kD8kD8kAAAAAAAAAD8YAAAAAAAAAAAAD8lD8lD8lD8lD8lD8lD8lAAAAAAAAAD8lD8lD8lD8lD8lAAAD8lAAA\
AAAD8lD8lD8lD8lAAAD8lAAAD8lD8lD8mD8mD8mD8mD8mD8mD8mD8mD8mD8mD8jD8jD8jD8jD8jD8jAAAD8nD8oAAAD8pD8pD8qD8pD8pD8pD8pD8pD8pD8p\
D8pD8pD8pD8pD8pD8pD8pD8pD8pD8pD8mD8mAAAAAAAAAAAAAAAAAAAAAAAAD8mD8mAAAD8mAAAAAAAAAAAAAAAD8mD8rD8rD8rD8rD8rD8rD8rD8rD8rD8r\
D8sD8sD8sD8sD8sD8sD8sD8sD8sD8sD8kD8kD8kD8kD8kD8kD8kD8kD8kD8kD8tD8tD8tD8tD8tD8tD8tD8tD8tD8tD8rAAAAAAAAAAAAAAAAAAD8rD8rAAA\
D8rAAAAAAAAAAAAAAAAAAAAAAAAAAAD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8uD8rD8uD8vD8vD8vD8vD8vD8vD8vD8vD8vD8v\
D8wD8wD8wD8wD8wD8wD8wD8wD8wD8wD8xD8xD8xD8xD8xD8xD8xD8xD8xD8xD8yD8yD8yD8yD8yD8yD8yD8yD8yD8yD8zD8zD8zD8zD8zD8zD8zD8zD8zD8z\
D80D80D80D80D80D80D80D80D80D80D81D81D81D81D81D81D81D81D81D81D82D82D82D82D82D82D82D82D82D82D83D83D83D83D83D83D83D83D83D83\
D84D84D84D84D84D84D84D84D84D84D85D85D85D85D85D85D85D85D85D85D86D86D86D86D86D86D86D86D86D86D87D87D87D87D87D87D87D87D87D87\
D88D88D88D88D88D88D88D88D88D88D89D89D89D89D89D89D89D89D89D89D8+D8+D8+D8+D8+D8+D8+D8+D8+D8+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D87D87D87D87D87D87D87D87D87D87AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD9AD9BD9CD9DD9ED9FD9GD9HD9I\
D9JD9JD9JD9JD9JD9JD9KAAAD9LAAAAAAD9MAAAD9MD9MD9MD9MD9MAAAD9MAAAD9MAAAD9MAAAD9MD9MD9MD9MAAAAAAD9MAAAAAAD9MAAAD9MD9MD9MD9M\
AAAD9MAAAD9MAAAD9MD9MD9MAAAAAAAAAD9MAAAD9MD9MD9MD9MD9MD9MD9MAAAD9MAAAAAAAAAD9MD9MD9MD9MD9MAAAD9MD9MD9MD9MAAAD9MD9MD9MD9M\
D9ND9MD9MD9MD9MD9MD9OD9PD9QD9RD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9SD9TD9SD9SD9SD9UAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAD9SD9SD9SD9SD9SAAAAAAAAAD9VAAAAAAAAAAAAAAAAAAAAAAAAAAAD9VD9VD9WD9WD9SD9SD9SAAAAAAAAAD9VD9VD9WD9SD9WD9WD9WAAAAAAAAA\
D9VD9VD9VAAAD9VD9VD9VAAAD9VAAAD9SAAAD9SD9SD9SD9SD9SAAAAAAAAAD9XD9XD9XD9XD9XD9XD9XD9XD9XD9XD9YD9XD9XD9XD9XD9XD9XD9XD9XD9X\
D9ZAAAAAAAAAAAAAAAAAAAAAAAAAAAD9aD9aD9aD9aD9aD9aD9aD9aD9aD9aD9bD9bD9bD9bD9bD9bD9bD9bD9bD9bD9cD9cD9cD9cD9cD9cD9cD9cD9cD9c\
D9dD9cD9cD9cD9cD9cD9cD9cD9cD9cD9eD9eD9eD9eD9eD9eD9eD9eD9eD9eD9fD9fD9fD9fD9fD9fD9fD9fD9fD9fD9gD9gD9gD9gD9gD9gD9gD9gD9gD9g\
D9hD9hD9hD9hD9hD9hD9hD9hD9hD9hD9hD9iD9hD9hD9hD9hD9hD9hD9hD9hD9jD9jD9jD9jD9jD9jD9jD9jD9jD9jD9kD9kD9kD9kD9kD9kD9kD9kD9kD9k\
D9lD9lD9lD9lD9lD9lD9lD9lD9lD9lD9mD9mD9mD9mD9mD9mD9mD9mD9mD9mD9nD9nD9nD9nD9nD9nD9nD9nD9nD9nD9oD9oD9oD9oD9oD9oD9oD9oD9oD9o\
D9pD9pD9pD9pD9pD9pD9pD9pD9pD9pD9qD9qD9qD9qD9qD9qD9qD9qD9qD9qD9rD9rD9rD9rD9rD9rD9rD9rD9rD9rD9sD9sD9sD9sD9sD9sD9sD9sD9sD9s\
D9tD9tD9tD9tD9tD9tD9tD9tD9tD9tD9uD9uD9uD9uD9uD9uD9uD9uD9uD9uD9vD9vD9vD9vD9vD9vD9vD9vD9vD9vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9wD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9xD9x\
D9yD9yD9yD9yD9yD9yD9yD9yD9yD9yD9zD9zD9zD9zD9zD9zD9zD9zD9zD9zD90D90D90D90D90D90D90D90D90D90AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD92AAAD92AAAD92AAAAAAAAAD92D93D93D93D93D93D93D93D93D93D93D94D94D94D94D94D94D94D94D94D94\
D95D95D95D95D95D95D95D95D95D95D96D96D96D96D96D96D96D96D96D96D97D97D97D97D97D97D97D97D97D97D98D98D98D98D98D98D98D98D98D98\
D99D99D99D99D99D99D99D99D99D99D9+D9+D9+D9+D9+D9+D9+D9+D9+D9+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+AD+BD+CD+DD+ED+FD+GD+HD+ID+A\
D+JD+JD+JD+JD+JD+JD+JD+JD+JD+JD+JD+JD+JAAAAAAAAAAAAD+JD+JD+JD+JD+JD+JAAAAAAAAAAAAD+JAAAAAAD+JD+KD+LD+MD+ND+OAAAD+PD+JAAA\
D+JD+QAAAAAAD+RAAAAAAD+SD+TAAAD+JAAAAAAAAAAAAD+JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+JAAAAAAAAAD+JD+JAAAAAAAAAD+JAAAD+JD+JD+J\
D+JD+UAAAAAAAAAAAAAAAD+JD+JD+JD+VD+VD+VD+VD+VD+VD+VD+VD+VD+VAAAAAAAAAD+WD+WD+WAAAAAAAAAAAAAAAAAAD+WAAAD+WD+WAAAAAAAAAAAA\
D+VD+WD+WD+VD+VD+VD+VD+VD+VD+VAAAAAAD+WAAAD+WD+WD+WD+WAAAAAAAAAAAAD+WAAAAAAD+WAAAAAAAAAAAAAAAAAAD+WAAAAAAAAAAAAAAAAAAAAA\
AAAD+VAAAAAAAAAAAAAAAAAAD+VAAAD+VAAAD+VD+VD+VAAAD+WD+VAAAD+VAAAAAAAAAAAAD+WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+WAAAAAA\
AAAD+VD+VD+VD+VD+VD+VD+VD+VD+VD+XD+XD+XD+XD+XD+XD+XD+XD+XD+XD+YD+YD+YD+YD+YD+YD+YD+YD+YD+YD+ZD+ZD+ZD+ZD+ZD+ZD+ZD+ZD+ZD+Z\
D+aD+aD+aD+aD+aD+aD+aD+aD+aD+aD+bD+bD+bD+bD+bD+bD+bD+bD+bD+bD+cD+cD+cD+cD+cD+cD+cD+cD+cD+cD+dD+dD+dD+dD+dD+dD+dD+dD+dD+d\
D+eD+eD+eD+eD+eD+eD+eD+eD+eD+eD+fD+fD+fD+fD+fD+fD+fD+fD+fD+fD+gD+gD+gD+gD+gD+gD+gD+gD+gD+gD+hD+hD+hD+hD+hD+hD+hD+hD+hD+h\
D+iD+iD+iD+iD+iD+iD+iD+iD+iD+iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+kD+lD+mD+nD+oD+pD+qAAAAAA\
AAAAAAD+rD+sAAAAAAAAAAAAAAAAAAAAAAAAD+tAAAD+uAAAAAAAAAAAAAAAAAAAAAD+tAAAD+vAAAAAAAAAAAAAAAAAAAAAD+tD+wD+rAAAD+xAAAAAAAAA\
AAAAAAD+tAAAAAAD+yD+zAAAAAAAAAD+0D+0D+0D+0D+0D+0D+0D+0D+0D+0AAAD+0D+0AAAAAAAAAAAAAAAAAAAAAD+1D+1D+1D+1D+1D+1D+1D+1D+1D+1\
AAAD+1D+1D+1D+1D+1D+1D+1D+1D+1AAAAAAD+1AAAAAAAAAAAAAAAAAAAAAD+1D+1D+1D+1AAAD+1D+1D+1D+1AAAD+1AAAAAAD+1D+1D+1D+1D+1D+1D+1\
AAAD+1D+1AAAAAAAAAAAAAAAD+1AAAAAAD+1AAAAAAAAAD+1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+1D+1D+1D+1D+1AAAAAAD+1D+1D+1AAAD+1D+1\
D+2D+2D+2D+2D+2D+2D+2D+2D+2D+2D+3D+3D+3D+3D+3D+3D+3D+3D+3D+3D+4D+4D+4D+4D+4D+4D+4D+4D+4D+4D+5D+5D+5D+5D+5D+5D+5D+5D+5D+5\
D+6D+6D+6D+6D+6D+6D+6D+6D+6D+6D+7D+7D+7D+7D+7D+7D+7D+7D+7D+7D+8D+8D+8D+8D+8D+8D+8D+8D+8D+8D+9D+9D+9D+9D+9D+9D+9D+9D+9D+9\
D++D++D++D++D++D++D++D++D++D++D+/D+/D+/D+/D+/D+/D+/D+/D+/D+/D/AD/AD/AD/AD/AD/AD/AD/AD/AD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/CD/DD/ED/FD/GD/HD/ID/JD/KD/LAAAD/MAAAAAAAAAAAAAAAD/MAAAD/ND/OD/PD/QD/ND/ND/RAAAAAAAAA\
AAAAAAAAAAAAAAAAAAD/SAAAAAAAAAD/LAAAAAAAAAD/LAAAD/MAAAAAAAAAD/LD/LAAAAAAAAAD/LAAAAAAAAAAAAD/LAAAAAAAAAAAAAAAAAAAAAAAAAAA\
D/LAAAAAAAAAAAAAAAAAAD/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/TAAAD/UAAAAAAAAAAAAAAAAAAAAAAAAD/LD/VD/VD/VD/VD/VD/VD/VD/VD/VD/V\
D/WD/WD/WD/WD/WD/WD/WD/WD/WD/WAAAAAAD/WAAAAAAAAAAAAAAAAAAAAAAAAAAAD/WAAAD/XAAAAAAAAAAAAAAAAAAAAAD/YD/WD/XAAAAAAAAAAAAAAA\
AAAAAAAAAD/WAAAAAAAAAAAAAAAAAAAAAAAAD/WD/ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/aAAAAAAAAAAAAD/bD/bD/bD/bD/bD/bD/bD/bD/bD/b\
D/cAAAAAAAAAAAAAAAAAAAAAAAAAAAD/dD/dD/dD/dD/dD/dD/dD/dD/dD/dD/eD/eD/eD/eD/eD/eD/eD/eD/eD/eAAAAAAD/fAAAAAAAAAAAAAAAAAAAAA\
D/eD/eD/eD/eD/eD/eD/eD/eAAAD/eD/eD/eD/eAAAAAAAAAAAAAAAD/eAAAAAAAAAAAAAAAD/eD/gAAAAAAAAAAAAD/hD/hD/hD/hD/hD/hD/hD/hD/hD/h\
AAAAAAD/iAAAAAAAAAAAAAAAAAAAAAD/jD/jD/jD/jD/jD/jD/jD/jD/jD/jD/kD/kD/kD/kD/kD/kD/kD/kD/kD/kAAAAAAAAAAAAAAAAAAAAAAAAD/kAAA\
D/kAAAD/kAAAD/jAAAAAAAAAAAAAAAD/lD/lD/lD/lD/lD/lD/lD/lD/lD/lD/mAAAAAAAAAAAAAAAAAAAAAAAAAAAD/nD/nD/nD/nD/nD/nD/nD/nD/nD/n\
D/oD/oD/oD/oD/oD/oD/oD/oD/oD/oD/pD/pD/pD/pD/pD/pD/pD/pD/pD/pD/qAAAAAAAAAAAAAAAAAAAAAAAAAAAD/rD/rD/rD/rD/rD/rD/rD/rD/rD/r\
D/sD/sD/sD/sD/sD/sD/sD/sD/sD/sD/tD/tD/tD/tD/tD/tD/tD/tD/tD/tD/uD/uD/uD/uD/uD/uD/uD/uD/uD/uD/vD/vD/vD/vD/vD/vD/vD/vD/vD/v\
D/wD/wD/wD/wD/wD/wD/wD/wD/wD/wD/xD/xD/xD/xD/xD/xD/xD/xD/xD/xD/yD/yD/yD/yD/yD/yD/yD/yD/yD/yD/zD/zD/zD/zD/zD/zD/zD/zD/zD/z\
D/0D/0D/0D/0D/0D/0D/0D/0D/0D/0D/1D/1D/1D/1D/1D/1D/1D/1D/1D/1D/2D/2D/2D/2D/2D/2D/2D/2D/2D/2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/4D/5D/6AAAD/7D/8AAA\
AAAAAAD/9AAAD/+D/9D/9D//AAAAAAAAAD/9EAAEABEACAAAAAAEADAAAEAEEAFEAGEAHEAIEAJEAKEALEAMEANEAOEAPAAAAAAAAAAAAAAAAAAAAAAAAEAQ\
EARAAAAAAAAAAAAAAAAAAAAAAAAAAAEASEASEASEASEASEASEASEASEASEASAAAEASEASAAAEASEASEASEASEASEASEASEASEASEASEASAAAAAAAAAAAAAAA\
AAAAAAEASEASEASEASEASEASAAAAAAAAAEASEASEASEASEASEASEASAAAEASAAAAAAEASEASEASEASEASEASEASAAAAAAAAAEASEASAAAAAAAAAAAAAAAEAS\
AAAEASEASEASEASEASEASEASAAAAAAEATEAUEAVAAAEAUEAWAAAEAXEAYAAAEAZEAaAAAAAAEAUEAbAAAEAcAAAAAAEAdAAAEAeAAAAAAEAfAAAAAAAAAAAA\
EAgAAAAAAEAhAAAEAfAAAAAAAAAAAAEAiAAAAAAAAAEAjEAfAAAAAAAAAAAAEAUEAUEAkEAlEAmEAUAAAEAUEAUEAUAAAAAAAAAAAAAAAAAAAAAAAAEAUEAU\
EAUEAUEAnAAAEAUEAoAAAEAUEAUEAUEApAAAAAAAAAAAAEAqAAAAAAEArAAAEAsEAUEAUEAUAAAEAUEAUEAUEAUEAUAAAAAAAAAAAAAAAAAAEAtEAtAAAAAA\
EAUAAAAAAAAAAAAAAAAAAAAAAAAAAAEAuAAAAAAAAAAAAAAAAAAAAAAAAAAAEAvEAvEAvEAvEAvEAvEAvEAvEAvEAvEAwEAxEAyEAzEA0EA1AAAEA2EA3EA4\
EAwEAwEAwEAwEAwEAwEAwEAwEAwEAwAAAAAAEAyAAAAAAAAAAAAAAAAAAAAAEA5AAAAAAAAAAAAEA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAEA3AAAEA7EA7AAAAAAAAAAAAAAAAAAAAAAAAEA8EAwEAwEA9EAwEA+AAAEA/AAAAAAAAAAAAAAAAAAAAAEA6AAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAEBAAAAAAAEA7AAAEA7AAAAAAAAAAAAAAAAAAAAAAAAAAAEBBAAAAAAEBCAAAAAAAAAAAAAAAAAAAAAAAAAAAEBDAAAAAAAAAAAA\
EA7AAAAAAEA7AAAAAAAAAAAAAAAAAAAAAAAAAAAEBEAAAEBEAAAAAAAAAAAAEA7AAAAAAAAAEA7AAAAAAAAAAAAAAAEAwEBFEAwEAwEAwEAwEAwEAwEAwEAw\
EBGAAAEBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBIEBDAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAA\
EBGAAAAAAAAAAAAEBDAAAEBJAAAAAAEAwEAwEBKAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAEBDAAAAAAEBLAAAAAAAAAAAAAAAAAAEBDAAAAAAEA3AAA\
EA7AAAAAAAAAAAAAAAAAAAAAAAAEBGEBMEBMEBMEBMEBMEBMEBMEBMEBMEBMEBNEBNEBNEBNEBNEBNEBNEBNEBNEBNEBOEBOEBOEBOEBOEBOEBOEBOEBOEBO\
EBPEBPEBPEBPEBPEBPEBPEBPEBPEBPEBQEBPEBPAAAAAAAAAAAAAAAAAAEBQEBPAAAEBPAAAAAAAAAAAAAAAAAAAAAEBPEBPEBPEBPEBPEBPEBPAAAAAAAAA\
EBPAAAAAAAAAEBPAAAAAAAAAAAAAAAEBPAAAAAAAAAAAAEBPAAAAAAAAAAAAEBQAAAAAAAAAAAAAAAAAAEBPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBPAAA\
EBPAAAAAAAAAAAAAAAAAAAAAAAAEBPAAAAAAAAAAAAAAAEBQAAAAAAAAAAAAAAAAAAAAAAAAAAAEBRAAAAAAAAAAAAEBQAAAAAAAAAAAAAAAAAAAAAAAAAAA\
EBPEBPAAAAAAAAAAAAAAAEBQAAAAAAEBPEBPAAAEBQAAAAAAAAAAAAAAAAAAEBPEBQEBPEBPEBPEBPEBPAAAAAAAAAEBPEBPEBPEBPEBPEBPEBPEBRAAAAAA\
AAAAAAAAAAAAAAAAAAAAAEBRAAAAAAAAAAAAEBQAAAAAAEBSAAAAAAEBPAAAAAAAAAEBQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBPAAAAAAAAAAAA\
AAAAAAAAAEBQAAAAAAAAAAAAAAAAAAAAAEBQAAAAAAEBPAAAAAAAAAAAAAAAEBPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBPAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAEBPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBPAAAEBTEBUAAAEBPEBPEBPEBPEBPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBPEBP\
EBVEBVEBVEBVEBVEBVEBVEBVEBVEBVEBWEBWEBWEBWEBWEBWEBWEBWEBWEBWEBXEBXEBXEBXEBXEBXEBXEBXEBXEBXEBYEBYEBYEBYEBYEBYEBYEBYEBYEBY\
EBYEBYEBYEBYEBYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBYEBYEBYEBYEBYAAAAAAEBZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBYEBYEBY\
EBYEBYAAAAAAAAAAAAAAAAAAAAAAAAEBaEBaEBaEBaEBaEBaEBaEBaEBaEBaEBbEBbEBbEBbEBbEBbEBbEBbEBbEBbEBcEBcEBcEBcEBcEBcEBcEBcEBcEBc\
EBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBdEBdAAAAAAAAAAAAAAAEBeEBeEBeEBeEBeEBeEBeEBeEBeEBeEBfEBfEBfEBfEBfEBfEBfEBfEBfEBf\
EBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBhEBhEBhEBhEBhEBhEBhEBhEBhEBhEBiEBiEBiEBiEBiEBiEBiEBiEBiEBiEBjEBjEBjEBjEBjEBjEBjEBjEBjEBj\
EBkEBkEBkEBkEBkEBkEBkEBkEBkEBkEBlEBlEBlEBlEBlEBlEBlEBlEBlEBlEBmEBmEBmEBmEBmEBmEBmEBmEBmEBmEBnEBnEBnEBnEBnEBnEBnEBnEBnEBn\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAEBpEBqAAAEBrEBsEBtEBuEBvEBwAAAEBxAAAAAAAAAAAAAAAAAAAAAAAAEByEBzAAAEB0EB1EB2EB3AAAEB4EBxEBxEBxAAAEBxEBxEBxEBxAAAAAA\
EB5EB6EB7AAAAAAAAAAAAAAAAAAAAAEBxAAAAAAAAAAAAEB8AAAEBxAAAAAAEB9AAAAAAAAAAAAAAAAAAAAAEB+AAAAAAEB/AAAAAAAAAAAAAAAAAAAAAECA\
ECBECBECBECBAAAECBAAAAAAAAAAAAECBECBECBECBECBECBECBECBECBECBAAAAAAECCECDECEECFECFAAAAAAAAAAAAAAAECGECHAAAAAAECIAAAAAAAAA\
AAAAAAECGAAAAAAECJECFAAAAAAAAAAAAAAAECGECKAAAECLECFAAAAAAAAAAAAAAAECGAAAAAAECMECFAAAAAAAAAAAAAAAECGECNECDECLECFECFAAAAAA\
AAAAAAECGAAAECOAAAECFAAAAAAAAAECBAAAAAAAAAAAAAAAAAAAAAAAAECFAAAAAAECFAAAAAAAAAAAAAAAAAAAAAAAAAAAECFECFECFAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAECBAAAAAAAAAAAAECPAAAAAAAAAAAAAAAAAAAAAAAAAAAECBAAAAAAAAAAAAAAAAAAAAAECBAAAAAAAAAECBAAAAAAAAAAAAAAAAAAAAA\
ECBAAAAAAAAAAAAECBECBECBECBECBECQECQECQECQECQECQECQECQECQECQECRECRECRECRECRECSECRECRECRECTAAAECRECRECRECRECRECRECRECRECR\
AAAAAAAAAAAAAAAAAAAAAECRAAAAAAECRECRECRECRECRECRECRECRECRECRAAAAAAECRAAAAAAAAAAAAAAAAAAAAAECRECRECRECRECRAAAAAAECRAAAECR\
ECRECRECRECRECRECRECRECRAAAAAAAAAAAAAAAAAAAAAAAAECRECRECRECRAAAAAAAAAAAAECRECRECRECRAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAECR\
AAAAAAAAAECRAAAECRECRECRAAAAAAAAAAAAAAAAAAECRAAAECRAAAECRAAAAAAECRECRECRECRECRECRECRECRAAAECUECUECUECUECUECUECUECUECUECU\
ECVECVECVECVECVECVECVECVECVECVECWECWECWECWECWECWECWECWECWECWECWECWECWECWECWECWECWECWECVECWECWECWECWECWECWECWECWECXECWECW\
ECYECYECYECYECYECYECYECYECYECYECZECZECZECZECZECZECZECZECZECZECaECaECaECaECaECaECaECaECaECaECaECaECaECZECaECaECaECaECaECa\
ECbECbECbECbECbECbECbECbECbECbECcECcECcECcECcECcECcECcECcECcECdECdECdECdECdECdECdECdECdECdECeECeECeECeECeECeECeECeECeECe\
ECfECfECfECfECfECfECfECfECfECfECgECgECgECgECgECgECgECgECgECgEChEChEChEChEChEChEChEChEChEChECiECiECiECiECiECiECiECiECiECi\
ECjECjECjECjECjECjECjECjECjECjECkECkECkECkECkECkECkECkECkECkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
EClEClEClEClEClEClEClEClEClEClAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAECnECoAAAECpECqECrECsECtECuAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAECuAAAAAAAAAAAAAAAAAAECuAAAAAAAAAAAAECvAAAAAAAAAAAAAAAECwECxAAAAAAECyECzEC0AAAECvECuECvEC1EC2EC3EC4ECvECuECvEC5\
ECuAAAAAAAAAAAAAAAAAAECuECuAAAECuECuECuECuECuECuAAAECuECuECuEC6EC6EC6EC6EC6EC6EC6EC6EC6EC6EC7EC7EC7EC7EC7EC7EC7EC7EC7EC7\
AAAAAAEC8EC9EC+EC/EDAEDBAAAAAAAAAEDCEDDEDEEDFEDGAAAEC6AAAAAAAAAEDHEDIEDJAAAEDKAAAEC6AAAAAAEC7EC7EDLEDMEDNEC7EC7EDOEC7EDP\
AAAAAAEDQEC7AAAEDRAAAEDSAAAEDTAAAAAAEDUEDVEDWEDXAAAEDYAAAAAAAAAAAAEDZEDaEDbEDcEDFEDdAAAEDeAAAAAAEDfEDgAAAEDhAAAEDiAAAEDj\
AAAEDkEDlEDmAAAEDnEDoEDpAAAAAAAAAAAAEDqEDrAAAEDsAAAEDtAAAAAAEDuEDuEDuEDuEDuEDuEDuEDuEDuEDuEDvEDvEDvEDvEDvEDvEDvEDvEDvEDv\
AAAAAAEDwAAAAAAAAAAAAAAAAAAEDxAAAEDvEDvAAAEDvEDyAAAAAAAAAAAAAAAEDvEDvEDvEDvAAAAAAAAAAAAAAAEDuEDvEDvEDvAAAEDvAAAEDvEDvAAA\
AAAEDzAAAAAAEDvAAAAAAAAAAAAAAAED0ED0AAAAAAEDuED1AAAAAAAAAED2AAAEDuAAAAAAAAAAAAAAAAAAAAAAAAAAAED3ED4AAAAAAAAAAAAAAAAAAED5\
EDvEDvEDvEDvEDvEDvAAAEDvEDvEDvAAAEDvAAAAAAAAAAAAAAAAAAAAAAAAAAAEDuEDuEDyAAAAAAEDuAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAED6\
AAAAAAED7AAAAAAAAAAAAAAAAAAED8EDuAAAAAAEDvEDvEDvEDvEDvAAAAAAEDvAAAEDvAAAEDvEDvEDvEDvEDvEDuEDvED9ED+ED/ED4EEAEEBEDvEDvEDv\
EDvEDvEDvEDvEDvEDvEDvEECEDvEECEDvEDvEDvEDvEDvEEDEDvEDvEEEEDvEECEEFEDvEEGEEHEEIED7EECEEJEEKEECEECEECEECEDvEDvEDvEDvEDvEDv\
EDvEDvEELEEMED9EDvEDvEENEDvEDvAAAAAAAAAAAAAAAAAAAAAEEOEEPAAAEDuAAAAAAEEQAAAAAAEDvAAAAAAEEGEDuAAAAAAAAAAAAAAAAAAEERAAAAAA\
AAAAAAEEKAAAAAAAAAAAAAAAAAAED1AAAEDvED2EDvEDvEDvEESEDvEDvEDvAAAEDvEDvEDvAAAEDvAAAEDvAAAEDvAAAEDvAAAAAAEDvAAAAAAEDuAAAAAA\
EDuEETEEUEEVEEWEEXEEYAAAEDxAAAEDvEEZED4EEaEDvEDvEDvEEbEDvEDvAAAEDvAAAEDuAAAEDvAAAEDvEDvAAAAAAEDvEDvEDvAAAEDvEDvEDvAAAAAA\
EDyEDvEDvEDvEDvEEcAAAEDvAAAEDuEDuEDuEDuEDuEEdEDuEEeEDuEEfEDuAAAAAAAAAAAAEDuEDuEDuAAAAAAAAAEDvEDvEEgEDvEDvEEhEEiEEjEDvEDv\
AAAEDvEDvEDvEDvEDvAAAEDvAAAEDvAAAEDyAAAAAAAAAAAAAAAAAAEDuED2EDuEEkEElEEmEEGEDwEEGED9AAAEEnAAAAAAAAAAAAAAAAAAAAAEEoEDuEDu\
AAAEEpAAAAAAAAAAAAAAAAAAAAAAAAEDuAAAEEqAAAEEWAAAAAAAAAAAAEEWAAAEDuAAAAAAAAAEDuEDuAAAEDuAAAAAAEDvEErEDvEDvEDvEDvEDvEDvEDv\
AAAEDvAAAAAAEDvEDvAAAEDvAAAAAAEEsED0EEtEEtEEuEDuEDuEDuEEvEERAAAAAAEEwAAAAAAAAAAAAAAAAAAAAAAAAAAAEDyAAAAAAAAAAAAEDuAAAAAA\
AAAEDvEDvEDvEDvEDvEDvEExEDvEDvAAAAAAEEyEEVEDuAAAEEzEE0EEtEEQEE1EE1EE1EE1EE1EE1EE1EE1EE1EE1EE2EE2EE2EE2EE2EE2EE2EE2EE2EE2\
EE3EE3EE2EE2EE2EE2EE2EE2EE2EE2AAAAAAAAAAAAAAAAAAAAAAAAEE1AAAEE1EE1EE1EE1EE1AAAAAAAAAAAAAAAAAAAAAEE1EE1AAAAAAAAAAAAAAAAAA\
EE1EE1AAAAAAAAAAAAAAAEE1AAAAAAAAAAAAAAAAAAAAAEE1AAAAAAAAAAAAAAAAAAAAAAAAAAAEE1EE1EE1EE1EE1AAAEE1AAAAAAAAAAAAAAAAAAAAAAAA\
EE2EE3EE2EE2EE2EE2EE2EE2EE2EE2EE1EE1AAAEE1AAAAAAAAAEE1AAAEE1EE1EE1AAAAAAAAAAAAAAAAAAAAAAAAEE2EE2EE2EE2EE2EE2EE2EE3EE2EE2\
AAAAAAEE1AAAAAAAAAEE1AAAAAAAAAEE2EE2EE2EE2EE2EE3EE3EE3EE3EE3EE3EE2EE2EE3EE2EE2EE3EE3EE2EE2EE2EE2EE2EE2EE2EE2EE2EE2EE3EE2\
EE2EE2EE3EE2EE2EE2EE2EE2EE2EE2EE3EE2EE2EE2EE2EE2EE2EE2EE2EE2EE3EE3EE3EE3EE3EE3EE3EE3EE3EE3EE2EE2EE2EE2EE2EE2EE3EE2EE2EE2\
EE2EE2EE2EE3EE2EE2EE2EE2EE2EE2EE3EE3EE2EE2EE2EE2EE2EE3EE2EE2EE3EE2EE2EE2EE2EE2EE2EE3EE2EE2EE3EE2EE2EE2EE3EE2EE2EE3EE2EE2\
EE3EE2EE2EE2EE2EE3EE2EE3EE2EE2EE3EE3EE2EE2EE2EE2EE2EE3EE3EE2EE2EE2EE2EE2EE2EE2EE2EE3EE2EE3EE2EE2EE2EE2EE3EE2EE2EE2EE2EE2\
EE2EE2EE3EE3EE2EE2EE2EE3EE2EE2EE2EE3EE2EE2EE2EE3EE3EE3EE3EE2AAAEE1EE1AAAAAAAAAAAAAAAAAAAAAEE1AAAAAAAAAAAAEE1AAAAAAEE1EE1\
EE1AAAAAAAAAAAAAAAAAAEE1AAAAAAEE1AAAAAAAAAAAAAAAAAAEE1AAAEE1EE1EE1EE1EE1EE1EE1EE1AAAAAAAAAAAAEE1AAAAAAAAAAAAAAAEE1AAAAAA\
AAAAAAEE1AAAAAAAAAAAAEE1AAAAAAAAAAAAAAAEE1AAAAAAAAAEE1AAAAAAAAAAAAAAAAAAEE1AAAAAAAAAAAAAAAEE1AAAAAAAAAAAAEE1AAAEE1AAAAAA\
AAAAAAAAAAAAAAAAAAEE1AAAAAAAAAEE3EE3EE3EE3EE3EE3EE3EE2EE2EE2EE2EE2EE2EE2EE3EE2EE3EE2EE2EE3EE2EE3EE2EE2EE2EE3EE2EE2EE2EE3\
EE2EE2EE2EE2EE2EE3EE2EE3EE2EE3EE1AAAAAAAAAEE1AAAEE1EE1AAAAAAAAAAAAAAAAAAAAAAAAEE1EE1AAAAAAEE1AAAAAAAAAAAAAAAAAAEE1EE1AAA\
EE2EE2EE2EE2EE2EE2EE2EE2EE2EE3EE3EE2EE3EE2EE2EE3EE2EE3EE2EE2EE3EE3EE3EE3EE3EE3EE3EE3EE2EE2EE2EE3EE3EE3EE3EE3EE2EE3EE2EE2\
EE3EE2EE3EE2EE3EE3EE2EE2EE3EE3EE3EE3EE3EE2EE2EE2EE2EE3EE2EE2EE3EE3EE2EE3EE2EE2EE2EE3EE2EE2EE3EE2EE2EE2EE2EE2EE2EE3EE2EE3\
EE1EE1AAAAAAAAAEE1EE1EE1EE1EE1AAAAAAEE1AAAAAAAAAAAAAAAAAAAAAEE2EE2EE3EE2EE2EE2EE2EE2EE2EE3EE2EE2EE2EE2EE2EE2EE3EE3EE3EE3\
EE1EE1AAAAAAAAAEE1AAAEE1EE1AAAAAAAAAAAAAAAAAAAAAAAAEE1AAAAAAEE1AAAAAAAAAEE1AAAAAAEE1AAAAAAAAAAAAAAAAAAAAAAAAAAAEE1EE1AAA\
EE2EE3EE3EE2EE2EE2EE2EE2EE3EE2EE3EE2EE3EE2EE2EE3EE3EE2EE2EE3EE1AAAAAAAAAAAAEE1EE1EE1EE1EE1EE1AAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAEE1AAAAAAEE1AAAEE1AAAEE1EE4EE4EE4EE4EE4EE4EE4EE4EE4EE4EE5EE5EE5EE5EE5EE5EE5EE5EE5EE5EE6EE6EE6EE6EE6EE6EE6EE6EE6EE6\
EE7EE7EE7EE7EE7EE7EE7EE7EE7EE7EE8EE8EE8EE8EE8EE8EE8EE8EE8EE8EE9EE9EE9EE9EE9EE9EE9EE9EE9EE9EE+EE+EE+EE+EE+EE+EE+EE+EE+EE+\
EE/EE/EE/EE/EE/EE/EE/EE/EE/EE/EFAEFAEFAEFAEFAEFAEFAEFAEFAEFAEFBEFBEFBEFBEFBEFBEFBEFBEFBEFBEFCEFCEFCEFCEFCEFCEFCEFCEFCEFC\
EFDEFDEFDEFDEFDEFDEFDEFDEFDEFDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
"""

    /// Per-state label: bit set of the number types (E164NumberType bit numbers) that accept here, 0 = reject.
    /// For a leading-digits automaton any non-zero label means "prefix matched".
    static let labelsText: StaticString = """
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAQ\
AACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAgAEAAIAAAIAAQAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAgAAQAACAABAAAAAAAAAAABAABAABAABAABAAB\
AABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAQAIAAMAAEAAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAABAAAIAABAAQAACAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAQAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAEAAIAAAQAABAAAAAAAAAAABAABAABAABAAB\
AABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAQAAIAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAEAAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAMAAIAAABAAAAAAAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAEAAIAAAQAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAMAAACAABAAAAAAAAA\
AABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAEAAACAMAAABAAAAAAAAAAAAAAAAABAABAAB\
AABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAQAACAEAAIAAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIA\
AABAAQAACAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAIAAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAMAAAC\
AABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAQAIAAEAAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAQAMAAACAABAAAAAAAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAEAAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAEAAAIAACAABAAAAAAAAAAABAABAABAAB\
AABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAEAAIAACAAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEA\
AIAAAIAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAQAACAABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAQAAC\
AABAAAAAAAAAAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAEAAACAABAAQAIAAAAAABAABAABAABAABAABAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAIAAEAAAIAACAAQAABAAAAABAABAABAABAABAABAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAEAAAAAAAAAA\
AEAAAAAAAAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAA\
AAAAAAAEAAMAAIAAACAAEABAAABAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAAQAACAAEAABAACAACAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAC\
AAAAABAEAAIAAAgAACAAIAABAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABABAAAEAACAIAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACABAAAEAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAAQAACAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAEA\
AABAIAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAACAAEAABAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAA\
AAAAEAAAQAAAAIAAIAAAAAEAAIAAIAAAIAEAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAA\
AACAAEAABAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAQAAAAIAAIAAAAAEAAIAAIAAAIAEAACAACAAAAAAAAAAAAAAAAAABAABAABAABAABAABAAB\
AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAAgAACAAEAAAAAQAABAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAA\
AAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAIAIAAAAAAAAAAAAAAAAAEAAAIAIAAAAAAAAAAAAEAAAAEAAAIAIAAACAAEAABAEAAAIAIAAACAAEAABAEAAAI\
AIAAACAAEAABAEAAAIAIAAACAAEAABAAIAIAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAEAABAAAIAAQAIAAAgAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAACAAAAAAAEAABAAAIAAQAAgAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAIAAQAIAAAC\
AABAAAAAAAAAAAAAAAAAAAAAAABAAAAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAIAAQAIAAAg\
AACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAABAABAAAAEAAACAAAAAAAAAAAAAAAAAAAABABAAEAAACAAAAABAIAAAgAAQAAEAABAAAAAAACAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
ABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAEACAAABAAIAAQAAAAABAAAAABAABAABAAB\
AABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
ABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAAEACAAABAAIAAQAAAAAAAABAABAABAABAAB\
AABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAIAAgAAB\
AACAAEABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAA\
AAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAEAAEAAEAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAA\
AAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEABAAAAAAAAEAAEAAAAAAAAABAAA\
AAAAAAAIAAIAAAgAAEABAAAAAAAAEAAAAAACAIAAIAAAAAIAAAgAAEABAABAAAQAACAAAACAAAgAAEABAAACACAAAgAAEABAAACAACAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAEAAQAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAMAAAEAAQAACAABAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAEAAIA\
AAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAIAAACABAAACAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAEAAAAAAAAAAAAAABAACAEAAIAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAIAEAAACAEAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAABAAACAABAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAIAAIAAACAAIAABAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAEAAEAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAgAAAAEAAIAAABAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAA\
AAAAAAAAAAAAAAAAAIAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAEAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAEA\
AACAAAAAAAIAAAAAAAAEAAACAAEAABAIAAACAAAAIAAACAAAAIAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAACAACAACAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAB\
AAAAAAABAAAAAIAAEAAIAAAAAAAAACABAAABAIAAACAAQABAAABAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAIAAAAAAAAAAAAAAAAAACAAB\
ABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAEAAAAAAAAIAAAAAAAAAIAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAQAAQAAAAABAACAAgAAIAIAAACAACAACAACAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAEAAAAAAAAAAAAAAAAAAAAIAAAgAEAAACAAAAABAAAAAAAAAAIAAAgAAQAAIAACAAAAAQAACAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAABAAACAAAAACAABAAAAAA\
AIAAACAABAAAAAIAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAEAAAEAAAAAAAEAAAAAAAAAA\
AEAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAEAEAAAAAABAEAAAEAAAAAAAEAAEAAAEAAAAAAAAAAEAAAEAAAAAAAAEAAAAAAAAAAACAAEAIAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAgAAQAACAACAAIAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAABAAIAAACAEAAAAAAAAEAAMAAAAAACAAEAAAAAAAACAAAAACAABAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAQAAAAAA\
AEAAAAAAAAAAAEAAIAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAEAAEAAEAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAIAAAAIAAIAAAAAIAAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAEAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAACAABAAAAABAABAABAABAABAABAAB\
AABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAACAAEAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAIAAEAAMAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAEAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAACAAEAABAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAEAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIA\
AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAEAAIAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAEAAMAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgAABAAIAAAAAAAACAACAIAAMAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAEAAEA\
AAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAEAAACAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAABAAIAAACABAAACABAAACABAAACABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAEAAEAAEAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAIAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAIAAEAAAIAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAEAAAAAEAAEAAIAAAAAIAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAIAAEAAACAABAACAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAAAIAIAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEA\
AIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAEAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAIAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAIAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAA\
AIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAA\
AABAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AACAEAAAIAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AEAAAIAIAAAAAABAABAABAABAABAAAAAAAAAAAAAEAAAAAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAIAIAAEAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAIAACAAB\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAIACAAABAAgABAAACAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAIAAIAEAAAAAACAAEAABAAIAEAAIA\
AEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAA\
AAAAAAAEAAEAAEAAEAAAAAAAAAAAAAAAAAEAAEAAEAAAQAAIABAAIAAIAAABAACAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAACAAACABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAAAAACAEAAAAAAQAIAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAABABAAAgAIAAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAABAAAQAACAAEAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAAAAAAAAAAABAAEAAIAAAAAAAAAAAAAABAAEAAIAAAAAAAAAAAACABAAEAAIAAAB\
ABAAAAAACAEAAIAAABABAAACAIAAAAAAAAABAABAABAABAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAEAAIAAAAAAAAAAAAAABAAEAAIAAAAAAA\
AAAAACABAAEAAIAAABABAAAAAACAEAAIAAABABAAACAIAAAAAAAAABAABAABAABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAA\
AEAAIAAAEAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAQABAAACAAIAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAACAABAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAACABAAAE\
AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAIAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAA\
AAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAEAAAIAIAAACAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAABAABAIAAIAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIA\
AACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAABAAAAEAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAEAAIAAACAAIAABAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAABAAABAACAEAAAAABAAABAACAEAAIAABAAABAACAEAAIAABAAABAACAEAABAAABAACAEAABAAACAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAEAAIAABAAAIAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAEAAIAAACAABAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAEAAEAAABABAABAAAQAACAAAAIAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAABAAAAAAAAAAACAABAEA\
AIAAAIAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAABAAACAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAIAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAQAACAAEAABAAIAAAABAACAAAAACAACAACAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAA\
AAIAACAAEAABAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAACABAAABAAA\
ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAA\
AAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAA\
AAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AACAACAABAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAIAAAAAAAAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAIAEAAIAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAIAAEAAMAAMAAMAAMAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAEAAIAAACAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAIAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAIAAAAAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAAACAIAAAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAIAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAIAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAABAAEAAAAAAAAAAABAAEAAAIAIAAAC\
AACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAIAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAACAABAAAAACAEAAIAAACAACAACAACAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAIAAAgAAA\
AABAABAABAABAABAABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAABAABAABAAB\
AABAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQAAAAACAAB\
AIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEA\
AIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAgAEAAAAAEAAIAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAACAIAAAIAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAACAEAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAMAACAAIAAAIAAAAAAAACAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AEAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAACAEAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAEAAIAAEAAIAAEAAIAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAEAABAAIAAAg\
AAAAAQAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEA\
AIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAIAAIAAEAAEAAIAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAIAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAEAAAAAEAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEA\
AAAAEAAAAAAAAIAAMAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAI\
AAIAAAAAIAAAAAIAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI\
AAAAAAAAIAAAAAIAAIAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEA\
AAAAAAAAAAAAAACAAAAAAAIAABAAAAAAAAACAAQAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAIAAAAAIAAAAAAAAAAAAAAACAABAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAEAAEAAEAAAEAABAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACABAAAEAABAIA\
AAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAEAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAEAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAACAAAAACAIAABAAAE\
AACAABAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAI\
AAAAAAABAAAEACAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAMAAACAAEAABAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAIAAEA\
AAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAEA\
AAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEA\
AIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAEAAIAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAMA
"""
}
