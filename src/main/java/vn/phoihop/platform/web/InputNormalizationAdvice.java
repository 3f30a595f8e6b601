package vn.phoihop.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.phoihop.platform.Texts;

/** Every text bound from a form or query is stored in Unicode NFC, trimmed, and empty means absent. */
@ControllerAdvice
class InputNormalizationAdvice {

    @InitBinder
    void normalizeStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Texts.nfcOrNull(text));
            }
        });
    }
}
