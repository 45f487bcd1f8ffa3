package org.roundtable.people.security;

import java.util.List;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.store.PersonStore;
import org.roundtable.shared.DomainException;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take an {@link Actor} parameter: the authenticated person behind the
 * request, signed in with a local account ({@link PersonPrincipal}) or with an access token of the
 * identity provider ({@link ActorAuthentication}). Who acts is never read from the request body.
 */
@Configuration
public class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final PersonStore people;

    public ActorArgumentResolver(@Lazy PersonStore people) {
        this.people = people;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
            assertNotErased(principal);
            return principal.actor();
        }
        if (authentication instanceof ActorAuthentication signedInWithToken) {
            return signedInWithToken.actor();
        }
        if (parameter.isOptional() || parameter.hasParameterAnnotation(org.springframework.lang.Nullable.class)) {
            return null;
        }
        throw new AuthenticationCredentialsNotFoundException("Sign in first: this needs to know who you are.");
    }

    /** A page session outlives an erasure of its person; the erasure wins. */
    private void assertNotErased(PersonPrincipal principal) {
        if (people.find(principal.actor().id()).map(PersonAccount::erased).orElse(true)) {
            throw new DomainException.NotAllowed("This account was erased; sign in with another one.");
        }
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
