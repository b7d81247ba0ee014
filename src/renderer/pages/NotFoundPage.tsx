import { Button, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ROUTES } from '../routes.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { toSearchParams } from '../selection/useSelection.ts';

export function NotFoundPage() {
  const location = useLocation();
  const { selection } = useSelectionContext();
  const search = selection ? `?${toSearchParams(selection).toString()}` : location.search;
  return (
    <PageContainer>
      <PageHeader title="Sidan finns inte" />
      <Text c="dimmed">Adressen leder inte till någon sida i Lotsplan.</Text>
      <div>
        <Button component={Link} to={{ pathname: ROUTES.overview, search }}>
          Till översikten
        </Button>
      </div>
    </PageContainer>
  );
}
