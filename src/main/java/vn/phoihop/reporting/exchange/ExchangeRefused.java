package vn.phoihop.reporting.exchange;

import java.util.List;

import vn.phoihop.platform.UserFacingException;

/** An uploaded form was refused as a whole (400): nothing was stored; {@link #errors()} lists every cell at fault. */
public class ExchangeRefused extends UserFacingException {

    private final transient List<CellError> errors;

    ExchangeRefused(List<CellError> errors) {
        super(400, "reporting.exchange.refused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
