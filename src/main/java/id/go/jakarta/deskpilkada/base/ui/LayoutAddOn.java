package id.go.jakarta.deskpilkada.base.ui;

import id.go.jakarta.deskpilkada.base.security.Actor;

/**
 * Something a feature adds to every signed-in person's frame without the shared kernel knowing
 * the feature, e.g. duty's gap alerts: a Spring bean, called once per {@link MainLayout}.
 */
public interface LayoutAddOn {

    void attachTo(MainLayout layout, Actor actor);
}
