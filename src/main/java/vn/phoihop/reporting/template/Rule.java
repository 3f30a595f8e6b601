package vn.phoihop.reporting.template;

import java.math.BigDecimal;

/**
 * A cross-field rule: {@code left operator right}, right being another indicator or a constant ("đảng viên mới kết
 * nạp ≤ quần chúng ưu tú được xem xét").
 *
 * @param message what the user reads when the rule does not hold (Vietnamese, as the designer wrote it)
 */
public record Rule(String leftCode, String operator, String rightCode, BigDecimal rightConstant, String message) {

    /** Whether the rule holds for these two numbers; a missing number is not checked (required flags do that). */
    public boolean holds(BigDecimal left, BigDecimal right) {
        if (left == null || right == null) {
            return true;
        }
        int c = left.compareTo(right);
        return switch (operator) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case "=" -> c == 0;
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }
}
