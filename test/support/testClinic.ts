import { clinicProfileSchema, type ClinicProfile } from '../../src/core/clinic/schema';

/**
 * The example clinic tests build replies for: a valid profile (parsed by the real schema), with
 * whatever a test needs changed. Tests that read the shipped knowledge folder use knowledge/clinic.yml instead.
 */
export function testClinic(overrides: Partial<ClinicProfile> = {}): ClinicProfile {
  return clinicProfileSchema.parse({
    name: 'Example Ketamine Clinic',
    phone: '(555) 555-0100',
    timezone: 'America/Chicago',
    hours: { mon: '08:00-17:00', tue: '08:00-17:00', wed: '08:00-17:00', thu: '08:00-17:00', fri: '08:00-15:00', sat: 'closed', sun: 'closed' },
    address: '100 Example Avenue, Springfield, IL 62701',
    booking_url: 'https://example.org/book',
    country: 'US',
    colors: { primary: '#1f4e79', accent: '#2e7d32' },
    treatments: { iv_ketamine: true, spravato: true },
    prices: { iv_infusion: '$495', spravato: 'billed to insurance' },
    payment: { insurance: 'yes', hsa_fsa: 'yes', superbill: 'yes' },
    fasting: { iv: '4 hours', spravato: '2 hours' },
    arrival: 'Arrive 15 minutes early.',
    cancellation_policy: '24 hours notice.',
    ...overrides,
  });
}
