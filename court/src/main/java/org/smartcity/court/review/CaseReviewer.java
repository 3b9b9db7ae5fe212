package org.smartcity.court.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartcity.court.casefile.CaseFile;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.casefile.ReadProblem;
import org.smartcity.court.casefile.ReadResult;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.rule.ReviewContext;
import org.smartcity.court.rule.Rule;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.EvidenceStandard;
import org.smartcity.court.standard.StandardCatalogue;

/**
 * Reviews case files against the evidence standards with the registered rules. A person decides; the review only
 * flags. Thread-safe and reusable: create one and review many cases.
 *
 * <pre>{@code
 * CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
 * Review review = reviewer.review(new CaseFileReader().read(path));
 * }</pre>
 */
public final class CaseReviewer {
    private final StandardCatalogue standards;
    private final RuleRegistry rules;

    /**
     * @throws IllegalArgumentException when a standard skips a rule id the registry does not have
     */
    public CaseReviewer(StandardCatalogue standards, RuleRegistry rules) {
        this.standards = standards;
        this.rules = rules;
        Set<String> ids = Set.copyOf(rules.ids());
        for (String code : standards.codes()) {
            EvidenceStandard s = standards.find(code).orElseThrow();
            for (String skipped : s.skipRules()) {
                if (!ids.contains(skipped)) {
                    throw new IllegalArgumentException(
                            "standard " + s.label() + " skips unknown rule '" + skipped + "'; rules: " + ids);
                }
            }
        }
    }

    /** Reviews what was read, carrying the reading problems into the review. */
    public Review review(ReadResult read) {
        return review(read.caseFile(), read.problems());
    }

    /** Reviews a case; {@code problems} are reading problems to report alongside the findings. */
    public Review review(CaseFile c, List<ReadProblem> problems) {
        List<ReadProblem> allProblems = new ArrayList<>(problems);
        List<EvidenceStandard> applicable = new ArrayList<>();
        for (int i = 0; i < c.charges().size(); i++) {
            String code = c.charges().get(i);
            Optional<EvidenceStandard> s = standards.find(code);
            if (s.isPresent()) {
                applicable.add(s.get());
            } else {
                allProblems.add(new ReadProblem(
                        "$.charges[" + i + "]",
                        "no evidence standard for charge '" + code + "'; known: " + String.join(", ", standards.codes())
                                + "; only the charge-independent rules were applied"));
            }
        }
        allProblems.addAll(danglingReferences(c));
        ReviewContext ctx = new ReviewContext(c, applicable);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Rule rule : rules.rules()) {
            if (!applicable.isEmpty()
                    && applicable.stream().allMatch(s -> s.skipRules().contains(rule.id()))) {
                continue;
            }
            List<Finding> raised;
            try {
                raised = rule.check(ctx);
            } catch (RuntimeException e) {
                allProblems.add(new ReadProblem("$", "rule " + rule.id() + " could not check this case: " + e));
                continue;
            }
            for (Finding f : raised) {
                findings.putIfAbsent(f.identity(), f);
            }
        }
        String version = applicable.isEmpty()
                ? "none"
                : applicable.stream().map(EvidenceStandard::label).distinct().collect(Collectors.joining("+"));
        return new Review(c.caseId(), version, List.copyOf(findings.values()), allProblems, ctx.language());
    }

    private static List<ReadProblem> danglingReferences(CaseFile c) {
        List<ReadProblem> out = new ArrayList<>();
        for (int i = 0; i < c.evidence().size(); i++) {
            EvidenceItem e = c.evidence().get(i);
            String at = "$.evidence[?(@.id=='" + e.id() + "')]";
            e.subject()
                    .filter(id -> c.findPerson(id).isEmpty())
                    .ifPresent(id -> out.add(new ReadProblem(at + ".subject", "unknown person '" + id + "'")));
            person(c, out, at + ".collectedBy", e.collectedBy());
            person(c, out, at + ".signedBy", e.signedBy());
            person(c, out, at + ".present", e.present());
            for (String ref : e.refersTo()) {
                if (c.findItem(ref).isEmpty()) {
                    out.add(new ReadProblem(at + ".refersTo", "unknown evidence '" + ref + "'"));
                }
            }
        }
        return out;
    }

    private static void person(CaseFile c, List<ReadProblem> out, String at, List<String> ids) {
        for (String id : ids) {
            if (c.findPerson(id).isEmpty()) {
                out.add(new ReadProblem(at, "unknown person '" + id + "'"));
            }
        }
    }
}
