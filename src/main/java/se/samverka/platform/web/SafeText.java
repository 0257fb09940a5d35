package se.samverka.platform.web;

import se.samverka.platform.StorableText;

import java.beans.PropertyEditorSupport;

/**
 * Every form field and request parameter as {@link StorableText} keeps it. A form field that had a character left
 * out is refused with a message at the field ({@link SafeTextModelAttributes}), so nothing is saved that the user
 * did not see.
 */
final class SafeText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        setValue(StorableText.clean(text));
    }
}
