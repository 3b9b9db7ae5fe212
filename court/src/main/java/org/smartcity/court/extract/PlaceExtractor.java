package org.smartcity.court.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the comparable parts of places (district, sub-district, road) in Chinese text, one {@link PlaceMention}
 * per clause that names any. A name is read backwards from its suffix ({@code 区}, {@code 县}, {@code 街道},
 * {@code 镇}, {@code 路}, {@code 大道}, {@code 街}, {@code 巷}) up to a boundary character (a preposition such as
 * 在/到/从, punctuation, or a higher-level name), so {@code 我骑车到集美区杏林湾路那个工地} gives 集美区 and 杏林湾路.
 * Generic words ({@code 小区}, {@code 马路}, {@code 逛街}) are not names. Stateless and thread-safe.
 */
public final class PlaceExtractor {
    private static final String BOUNDARY =
            "在到于至从去来往住的是和与及、，。；：:,()（）\n\t 省市区县镇乡村某我你他她它们这那个家把将被向对由经过沿附近旁边" + "条位并又再也就都还曾已";
    private static final Set<String> NOT_DISTRICTS = Set.of(
            "小区", "社区", "园区", "景区", "校区", "厂区", "辖区", "城区", "市区", "山区", "库区", "片区", "街区", "营区", "矿区", "林区", "郊区", "地区",
            "管区", "警区", "分区", "学区", "展区", "禁区", "盲区", "误区", "老区", "灾区", "新区", "该区", "本区", "此区", "服务区", "生活区", "办公区",
            "候车区", "休息区", "停车区", "收费区", "商业区", "住宅区", "工业区", "开发区", "示范区", "核心区", "该县", "本县", "郡县", "县区");
    private static final Set<String> NOT_ROADS = Set.of(
            "马路", "公路", "道路", "铁路", "小路", "大路", "山路", "水路", "网路", "线路", "电路", "思路", "出路", "进路", "走路", "迷路", "回路", "带路",
            "领路", "让路", "绕路", "半路", "一路", "近路", "远路", "上路", "夜路", "高速公路", "国道公路", "上街", "逛街", "过街", "沿街", "临街", "满街",
            "当街", "大街", "老街", "小巷", "深巷", "街巷", "大道");
    private static final Set<String> NOT_SUBDISTRICTS =
            Set.of("城镇", "乡镇", "村镇", "家乡", "老乡", "同乡", "下乡", "回乡", "城乡", "故乡", "异乡", "他乡", "本乡", "该镇", "本镇");

    private PlaceExtractor() {}

    /** One mention per clause that names a comparable place, in text order. */
    public static List<PlaceMention> extract(String text) {
        return extract(text, c -> true);
    }

    /** Like {@link #extract(String)}, but only clauses {@code keep} accepts are read. */
    public static List<PlaceMention> extract(String text, Predicate<String> keep) {
        List<PlaceMention> out = new ArrayList<>();
        for (Clauses.Clause clause : Clauses.split(text)) {
            if (!keep.test(clause.text())) {
                continue;
            }
            PlaceMention m = ofClause(clause.text());
            if (m.isComparable()) {
                out.add(m);
            }
        }
        return out;
    }

    /** All parts named in one short text, such as an address field. */
    public static PlaceMention ofClause(String c) {
        String district = null;
        String subdistrict = null;
        Set<String> roads = new LinkedHashSet<>();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (c.startsWith("街道", i)) {
                String name = nameEndingAt(c, i, 2, 6);
                if (name != null && !NOT_SUBDISTRICTS.contains(name) && subdistrict == null) {
                    subdistrict = name;
                }
                i++;
                continue;
            }
            if ((ch == '区' || ch == '县') && !followedByWordChar(c, i)) {
                String name = nameEndingAt(c, i, 1, 5);
                if (name != null && district == null && isDistrict(name)) {
                    district = name;
                }
                continue;
            }
            if (ch == '镇' || ch == '乡') {
                String name = nameEndingAt(c, i, 1, 5);
                if (name != null && name.length() >= 3 && !NOT_SUBDISTRICTS.contains(name) && subdistrict == null) {
                    subdistrict = name;
                }
                continue;
            }
            int suffix = c.startsWith("大道", i) || c.startsWith("大街", i) || c.startsWith("胡同", i)
                    ? 2
                    : (ch == '路' || ch == '街' || ch == '巷') ? 1 : 0;
            if (suffix > 0) {
                String name = nameEndingAt(c, i, suffix, 8);
                if (name != null && name.length() >= suffix + 2 && !NOT_ROADS.contains(name)) {
                    roads.add(name);
                }
                i += suffix - 1;
            }
        }
        return new PlaceMention(district, subdistrict, roads);
    }

    private static boolean followedByWordChar(String c, int i) {
        if (i + 1 >= c.length()) {
            return false;
        }
        return "域别间块分内外划".indexOf(c.charAt(i + 1)) >= 0 && c.charAt(i + 1) != '内';
    }

    private static boolean isDistrict(String name) {
        if (name.length() < 2 || name.contains("某")) {
            return false;
        }
        for (String no : NOT_DISTRICTS) {
            if (name.equals(no)) {
                return false;
            }
            if (name.endsWith(no) && !no.equals("新区") && no.length() >= 2 && !name.endsWith("新区")) {
                return false;
            }
        }
        return true;
    }

    /** The name made of up to {@code maxStem} name characters before the suffix at {@code i}, or null. */
    private static String nameEndingAt(String c, int i, int suffixLength, int maxStem) {
        int j = i - 1;
        int stem = 0;
        while (j >= 0 && stem < maxStem) {
            char ch = c.charAt(j);
            boolean nameChar = Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || Character.isDigit(ch);
            if (!nameChar || BOUNDARY.indexOf(ch) >= 0) {
                break;
            }
            j--;
            stem++;
        }
        if (stem == 0) {
            return null;
        }
        return c.substring(j + 1, i + suffixLength);
    }
}
