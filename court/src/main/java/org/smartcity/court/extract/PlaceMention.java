package org.smartcity.court.extract;

import java.util.Set;

/**
 * The comparable parts of a place named in text: administrative district (区/县), sub-district or town
 * (街道/镇/乡) and roads or streets (路/街/大道/巷). A landmark alone ({@code 某超市}) gives no mention. Immutable.
 *
 * @param district e.g. {@code 集美区}, or null
 * @param subdistrict e.g. {@code 洋中街道}, or null
 * @param roads e.g. {@code 杏林湾路}; empty when none
 */
public record PlaceMention(String district, String subdistrict, Set<String> roads) {
    public PlaceMention {
        roads = Set.copyOf(roads);
    }

    /** True when at least one comparable part is present. */
    public boolean isComparable() {
        return district != null || subdistrict != null || !roads.isEmpty();
    }

    /**
     * True when the two places cannot be the same: both name a district and the districts differ, both name a
     * sub-district and they differ, or both name roads and share none. Parts only one of them names are not
     * compared.
     */
    public boolean disagreesWith(PlaceMention o) {
        if (district != null && o.district != null && !sameDistrict(district, o.district)) {
            return true;
        }
        // a town read together with its county (灵寿县塔上镇) is the same town as 塔上镇
        if (subdistrict != null && o.subdistrict != null && !sameTown(subdistrict, o.subdistrict)) {
            return true;
        }
        if (!roads.isEmpty() && !o.roads.isEmpty()) {
            for (String r : roads) {
                for (String other : o.roads) {
                    if (sameRoad(r, other)) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Road names are read back to the previous boundary, so a verb can stick to the front ("翻窗进了人民南路"):
     * two names agree when one ends with the other and the shorter has at least three characters. A city or district
     * in front of the road is left out first.
     */
    private static boolean sameRoad(String a, String b) {
        a = withoutArea(a);
        b = withoutArea(b);
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.equals(shorter) || (shorter.length() >= 3 && longer.endsWith(shorter));
    }

    /**
     * A road or town name without a city or district read together with it ({@code 蜀山区长江西路} is 长江西路,
     * {@code 灵寿县塔上镇} is 塔上镇): the area is compared as the district, not as part of the name.
     */
    private static String withoutArea(String road) {
        for (int i = road.length() - 4; i > 0; i--) {
            char c = road.charAt(i);
            if (c == '区' || c == '县' || c == '市' || c == '旗') {
                return road.substring(i + 1);
            }
        }
        return road;
    }

    /**
     * Two towns or sub-districts agree when their names agree without the area read in front ({@code 灵寿县塔上镇} is
     * 塔上镇), or when one is the other behind a county named without its suffix ({@code 横山石湾镇}, said for
     * 横山区石湾镇): the longer ends with the whole shorter name (three characters at least) and what stands in front
     * has at least two characters, as a county's name does (so {@code 东石湾镇} is not 石湾镇).
     */
    private static boolean sameTown(String a, String b) {
        a = withoutArea(a);
        b = withoutArea(b);
        if (stem(a).equals(stem(b))) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && longer.endsWith(shorter) && longer.length() - shorter.length() >= 2;
    }

    private static boolean sameDistrict(String a, String b) {
        String sa = stem(a);
        String sb = stem(b);
        return sa.equals(sb) || sa.startsWith(sb) || sb.startsWith(sa);
    }

    private static String stem(String name) {
        return PlaceNames.get().stem(name);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (district != null) {
            b.append(district);
        }
        if (subdistrict != null) {
            b.append(subdistrict);
        }
        roads.stream().sorted().forEach(b::append);
        return b.toString();
    }
}
