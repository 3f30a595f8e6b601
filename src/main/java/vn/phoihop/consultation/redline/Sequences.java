package vn.phoihop.consultation.redline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Sequence helpers for comparisons. Pure. */
public final class Sequences {

    private Sequences() {
    }

    /**
     * The indexes (ascending) of one longest strictly increasing subsequence of {@code values} (patience sorting,
     * n log n); ties broken towards the earliest elements.
     */
    public static List<Integer> longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (values.get(tails[mid]) < values.get(i)) {
                    low = mid + 1;
                }
                else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            out.add(i);
        }
        Collections.reverse(out);
        return out;
    }
}
