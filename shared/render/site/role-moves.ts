// The moves into and out of a role, as a person reading the career paths thinks of them: the next level up,
// lateral moves to other tracks, exploratory projects to try other work.
import { indexFramework, type Framework, type Transition } from '../../model/framework';
import type { Role } from '../../model/role';

export interface RoleMove {
  transition: Transition;
  role: Role;
}

export interface RoleMoves {
  promotions: RoleMove[];
  lateral: RoleMove[];
  exploratory: RoleMove[];
  /** Moves that lead into the role. */
  into: RoleMove[];
}

export function roleMoves(framework: Framework, roleId: string): RoleMoves {
  const index = indexFramework(framework);
  const out: RoleMoves = { promotions: [], lateral: [], exploratory: [], into: [] };
  for (const t of index.transitions) {
    if (t.from === roleId) {
      const role = index.roleById.get(t.to);
      if (!role) continue;
      const list = t.type === 'promotion' ? out.promotions : t.type === 'lateral' ? out.lateral : out.exploratory;
      list.push({ transition: t, role });
    } else if (t.to === roleId) {
      const role = index.roleById.get(t.from);
      if (role) out.into.push({ transition: t, role });
    }
  }
  return out;
}
