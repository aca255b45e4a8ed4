package dk.casescreen.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Fictional municipalities for synthetic data: invented place names marked "(fiktiv)", codes 901–999
 * (no real municipality code is above 860) and fictional regions, so that no one mistakes them for
 * real ones.
 */
public final class FictionalMunicipalities {

    private static final String[] NAMES = {
        "Ågerup", "Bakkelund", "Birkemose", "Bøgeskov", "Dalbyholm", "Egebjerg Strand", "Elmelunde", "Engholt",
        "Fjordvig", "Fyrreby", "Granhøj", "Havlund", "Hedemark", "Højvang", "Kildebæk", "Klitby", "Kløvermark",
        "Lindholt", "Lyngmose", "Mølleå", "Nordhavn By", "Nørremark", "Pilegaard", "Rosendal Vest", "Rugmark",
        "Sandvig Øst", "Skovlyst", "Slettebjerg", "Solbakke", "Stenlunde", "Storeby", "Strandkær", "Sølyst",
        "Tjørnevang", "Tornby", "Vesterby", "Vibeholm", "Vindeby Mark", "Æblehave", "Ørnekær", "Østervang",
        "Åkirke", "Bregnbjerg", "Damhus Syd", "Ellekær", "Fasanby", "Gåsemose", "Hasselø", "Ilsbjerg", "Jernvig",
        "Kastanjelund", "Lærkeby", "Mågevig", "Nattergal", "Odderkær", "Poppelby", "Ravnsbjerg", "Sivkær",
        "Tranemose", "Uglebjerg", "Valmuevang", "Vestervig Mark", "Ålekær", "Bjørnelund", "Duehøj", "Egernvig",
        "Fiskerby", "Grævlingemose", "Harelund", "Isfjord", "Kragelund Øst", "Laksebæk", "Muslingby", "Nældemose",
        "Ørredvig", "Perlebjerg", "Rådyrvang", "Sælhøj", "Tangholm", "Urtemark", "Vildrose", "Yderby", "Ærtemose",
        "Bølgeby", "Klokkelyng", "Kornmark", "Myrehøj", "Pindsvinelund", "Rævebjerg", "Skarvholm", "Snogebæk Vest",
        "Stæreby", "Svaneholm", "Tudsekær", "Ulvedal", "Vandmølle", "Vejrmølle By", "Æbleø", "Østerlund Mark"};
    private static final String[] REGIONS = {"Fiktiv region Nord", "Fiktiv region Midt", "Fiktiv region Syd",
        "Fiktiv region Øst", "Fiktiv region Vest"};

    private FictionalMunicipalities() {
    }

    /** The first {@code count} fictional municipalities (at most 99). */
    public static List<Municipality> first(int count) {
        if (count > 99) {
            throw new IllegalArgumentException("At most 99 fictional municipalities, not " + count);
        }
        List<Municipality> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Municipality(Integer.toString(901 + i), NAMES[i] + " (fiktiv)", REGIONS[i % REGIONS.length]));
        }
        return list;
    }
}
