package org.smartcity.court.rule;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * {@code place-contradiction}: items state different places for the offence (a different district, sub-district
 * or street). Places naming no district, street or road are not compared; arrest places, places where property
 * was later found and where records were made are not the offence's place.
 */
public final class PlaceContradictionRule implements Rule {
    @Override
    public String id() {
        return "facts.place-consistent";
    }

    @Override
    public FindingKind kind() {
        return FindingKind.PLACE_CONTRADICTION;
    }

    @Override
    public String basis() {
        return "最高法关于适用刑事诉讼法的解释第一百三十九条、第一百四十条";
    }

    @Override
    public List<Finding> check(ReviewContext ctx) {
        PlaceMention offence = ctx.caseFile()
                .offence()
                .place()
                .map(PlaceExtractor::ofClause)
                .filter(PlaceMention::isComparable)
                .orElse(null);
        Predicate<Stated<PlaceMention>> withOffence =
                offence == null ? null : p -> !p.value().disagreesWith(offence);
        Map<EvidenceItem, Stated<PlaceMention>> disputed = Disputes.disputed(
                ctx.facts().offencePlaces(), withOffence, (a, b) -> !a.value().disagreesWith(b.value()));
        if (disputed.isEmpty()) {
            return List.of();
        }
        StringBuilder zh = new StringBuilder("各证据对案发地点的记载不一致：");
        StringBuilder en = new StringBuilder("the items state different places of the offence: ");
        Disputes.quote(ctx, disputed, PlaceMention::toString, PlaceMention::toString, zh, en);
        ctx.caseFile().offence().place().ifPresent(p -> {
            zh.append("起诉事实为").append(p);
            en.append("the offence as charged: ").append(p);
        });
        return List.of(Finding.of(kind(), id(), basis())
                .evidence(disputed.keySet().stream().map(EvidenceItem::id).toList())
                .message(zh.toString(), en.toString())
                .build());
    }
}
