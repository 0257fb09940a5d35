package se.samverka.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Every text bound from a request, to a form record or a parameter, goes through {@link SafeText}; form records are
 * bound by {@link SafeTextModelAttributes}, which refuses a cleaned field with a message at the field.
 */
@Configuration(proxyBeanMethods = false)
class SafeTextBinding {

    @ControllerAdvice
    static class Editor {

        @InitBinder
        void safeText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new SafeText());
        }
    }

    /** A post-processor, not WebMvcRegistrations: htmx-spring-boot registers those, and only a single one counts. */
    @Bean
    static BeanPostProcessor safeTextModelAttributes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(adapter.getArgumentResolvers());
                    // Spring MVC lists the processor twice: first for @ModelAttribute, last for any other object.
                    boolean seen = false;
                    for (int i = 0; i < resolvers.size(); i++) {
                        if (resolvers.get(i).getClass() == ServletModelAttributeMethodProcessor.class) {
                            resolvers.set(i, new SafeTextModelAttributes(seen));
                            seen = true;
                        }
                    }
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }
}
