package id.go.jakarta.deskpilkada.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a person's password change is due ({@link DeskUser#passwordChangeDue()}), the addresses
 * outside the screens that a browser session opens (an issue's attachment) lead to the password
 * screen instead. The screens themselves send him there on every navigation; the API never takes a
 * session at all. Only controller methods are stopped: Vaadin's own requests pass, so the password
 * screen works.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeFirst implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (handler instanceof HandlerMethod && CurrentActor.passwordChangeDue()) {
                    response.sendRedirect(request.getContextPath() + "/" + DeskUser.PASSWORD_ROUTE);
                    return false;
                }
                return true;
            }
        });
    }
}
