package id.go.jakarta.deskpilkada.base.data;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Desks as Hibernate tenants (docs/desks.md): every entity that belongs to a desk carries
 * {@code @TenantId} ({@link DeskEntity}, {@link VersionedDeskEntity}), so Hibernate adds
 * {@code desk_id = ?} to every query and load of it and sets it on every insert, from the desk
 * the acting person works in ({@link Actor#deskId()}), or the {@link WorkingDesk} for anyone not
 * bound to a desk. A session's desk is fixed when it opens. Native SQL is not filtered: it names
 * {@code desk_id} itself.
 */
@Configuration(proxyBeanMethods = false)
class DeskTenancy {

    @Bean
    HibernatePropertiesCustomizer deskTenantResolver(WorkingDesk working) {
        CurrentTenantIdentifierResolver<Long> resolver = new Resolver(working);
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }

    /** The acting person's desk, else the working desk. */
    record Resolver(WorkingDesk working) implements CurrentTenantIdentifierResolver<Long> {

        @Override
        public Long resolveCurrentTenantIdentifier() {
            return working.acting();
        }

        /** Token lookups run as the root tenant: they find a machine of any desk ({@link CurrentActor#acrossDesks}). */
        @Override
        public boolean isRoot(Long tenantId) {
            return tenantId == CurrentActor.EVERY_DESK;
        }

        @Override
        public boolean validateExistingCurrentSessions() {
            return false;
        }
    }
}
