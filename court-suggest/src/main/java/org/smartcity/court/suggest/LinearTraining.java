package org.smartcity.court.suggest;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains linear functions with LIBLINEAR (Java port) on one shared design matrix: one-vs-rest class-balanced linear
 * support vector machines per label (dual coordinate-descent solver, its random order seeded) on features scaled by
 * their naive-Bayes log-count ratio for the label (NB-SVM, Wang and Manning 2012), and L2-loss support vector
 * regression for a numeric target. Labels train in parallel on {@code threads} threads; the result does not depend on
 * the thread count. Not thread-safe itself; create one per training run.
 */
final class LinearTraining {
    private static final double BIAS = 1.0;

    private final Feature[][] x;
    private final int features;
    private final int threads;
    private final long seed;
    private final double cutoff;
    /** For each feature, the number of rows that have it. */
    private final int[] rowsWith;

    LinearTraining(List<FeatureVector> rows, int features, int threads, long seed, double cutoff) {
        this.features = features;
        this.threads = Math.max(1, threads);
        this.seed = seed;
        this.cutoff = cutoff;
        this.x = new Feature[rows.size()][];
        this.rowsWith = new int[features];
        for (int r = 0; r < rows.size(); r++) {
            FeatureVector v = rows.get(r);
            Feature[] row = new Feature[v.size() + 1];
            for (int k = 0; k < v.size(); k++) {
                row[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
                rowsWith[v.indices()[k]]++;
            }
            row[v.size()] = new FeatureNode(features + 1, BIAS);
            x[r] = row;
        }
        Linear.disableDebugOutput();
    }

    /**
     * One linear support vector machine per label (L2-regularised, squared hinge loss, LIBLINEAR's dual solver), each
     * label's two classes weighted to balance ({@code n / (2 · count)}, so a label with 10 positives among 3,000 rows
     * counts each positive ~150 times as much as each negative); {@code positives.get(k)[r]} says whether row r carries
     * label k. Each feature is first multiplied by its log-count ratio for the label, ln((p / |p|) / (q / |q|)) with p
     * and q one plus the number of positive and negative rows having it: features telling the label apart start
     * large, the rest near 0, which helps rare labels most. The ratio is folded into the returned weights, so the
     * scorer reads unscaled features. The margins are multiplied by {@code scale}, so that
     * {@link LinearScorer#probability} of a scorer is 1 / (1 + e^(−scale · margin)): 0.5 on the decision boundary.
     *
     * @param c the inverse regularisation strength
     */
    List<LinearScorer> balancedSvm(List<String> names, List<boolean[]> positives, double c, double scale) {
        List<java.util.concurrent.Callable<LinearScorer>> jobs = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            boolean[] pos = positives.get(k);
            jobs.add(() -> balancedSvm(name, pos, c, scale));
        }
        return run(jobs);
    }

    private LinearScorer balancedSvm(String name, boolean[] pos, double c, double scale) {
        double[] y = new double[x.length];
        int positive = 0;
        for (int r = 0; r < y.length; r++) {
            y[r] = pos[r] ? 1 : -1;
            positive += pos[r] ? 1 : 0;
        }
        int negative = y.length - positive;
        Parameter p = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, c, 0.1);
        if (positive > 0 && negative > 0) {
            p.setWeights(new double[] {y.length / (2.0 * positive), y.length / (2.0 * negative)}, new int[] {1, -1});
        }
        p.setRandom(new Random(seed));
        double[] ratio = logCountRatio(pos, positive);
        Model m = Linear.train(problem(scaled(ratio), y), p);
        return scorer(name, m, (m.getLabels()[0] == 1 ? 1 : -1) * scale, ratio);
    }

    /** The naive-Bayes log-count ratio of every feature for a label carried by the rows {@code pos}. */
    private double[] logCountRatio(boolean[] pos, int positive) {
        int[] inPositive = new int[features];
        for (int r = 0; r < x.length; r++) {
            if (pos[r]) {
                Feature[] row = x[r];
                for (int k = 0; k < row.length - 1; k++) {
                    inPositive[row[k].getIndex() - 1]++;
                }
            }
        }
        double pSum = 0;
        double qSum = 0;
        for (int j = 0; j < features; j++) {
            pSum += 1 + inPositive[j];
            qSum += 1 + rowsWith[j] - inPositive[j];
        }
        double[] ratio = new double[features];
        for (int j = 0; j < features; j++) {
            double p = (1 + inPositive[j]) / pSum;
            double q = (1 + rowsWith[j] - inPositive[j]) / qSum;
            ratio[j] = Math.log(p / q);
        }
        return ratio;
    }

    /** The design matrix with every feature multiplied by {@code ratio} (the bias column unchanged). */
    private Feature[][] scaled(double[] ratio) {
        Feature[][] out = new Feature[x.length][];
        for (int r = 0; r < x.length; r++) {
            Feature[] row = x[r];
            Feature[] copy = new Feature[row.length];
            for (int k = 0; k < row.length - 1; k++) {
                int index = row[k].getIndex();
                copy[k] = new FeatureNode(index, row[k].getValue() * ratio[index - 1]);
            }
            copy[row.length - 1] = row[row.length - 1];
            out[r] = copy;
        }
        return out;
    }

    /** An L2-loss SVR for {@code target} (one value per row). */
    LinearScorer regression(String name, double[] target, double c, double epsilon) {
        Parameter p = new Parameter(SolverType.L2R_L2LOSS_SVR, c, 0.001, epsilon);
        p.setRandom(new Random(seed));
        Model m = Linear.train(problem(x, target.clone()), p);
        return scorer(name, m, 1, null);
    }

    private Problem problem(Feature[][] rows, double[] y) {
        Problem prob = new Problem();
        prob.l = rows.length;
        prob.n = features + 1;
        prob.x = rows;
        prob.y = y;
        prob.bias = BIAS;
        return prob;
    }

    /** The scorer of a trained model; {@code ratio} (null for none) is folded into the weights. */
    private LinearScorer scorer(String name, Model m, double sign, double[] ratio) {
        double[] w = m.getFeatureWeights();
        double[] dense = new double[features];
        for (int i = 0; i < features; i++) {
            dense[i] = sign * w[i] * (ratio == null ? 1 : ratio[i]);
        }
        return LinearScorer.ofDense(name, dense, sign * w[features] * BIAS, cutoff);
    }

    private List<LinearScorer> run(List<java.util.concurrent.Callable<LinearScorer>> jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<LinearScorer>> futures = new ArrayList<>();
            for (var job : jobs) {
                futures.add(pool.submit(job));
            }
            List<LinearScorer> out = new ArrayList<>();
            for (Future<LinearScorer> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
