package se.samverka.platform.web;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import se.samverka.platform.StorableText;

import java.util.Map;

/**
 * Binds form records as Spring MVC does, then refuses at the field every parameter whose text {@link SafeText} had
 * to clean of characters that cannot be stored: the controller sees an error on that field (code
 * {@value #CODE}) and shows the form again with the cleaned text; a handler without a {@code BindingResult}
 * answers 400.
 */
class SafeTextModelAttributes extends ServletModelAttributeMethodProcessor {

    static final String CODE = "text.unsafe";

    SafeTextModelAttributes(boolean annotationNotRequired) {
        super(annotationNotRequired);
    }

    /** A form record is bound whole by its constructor; setting its properties afterwards has nothing to set. */
    @Override
    protected void bindRequestParameters(WebDataBinder binder, NativeWebRequest request) {
        if (binder.getTarget() == null || !binder.getTarget().getClass().isRecord()) {
            super.bindRequestParameters(binder, request);
        }
        refuseUnsafe(request.getParameterMap(), binder.getBindingResult());
    }

    private static void refuseUnsafe(Map<String, String[]> parameters, BindingResult binding) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!StorableText.storable(value)) {
                    try {
                        binding.rejectValue(parameter.getKey(), CODE);
                    } catch (BeansException | IllegalArgumentException notAField) {
                        binding.reject(CODE);
                    }
                    break;
                }
            }
        }
    }
}
