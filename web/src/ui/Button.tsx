import type { ComponentPropsWithRef } from 'react';
import { Link, type LinkProps } from 'react-router-dom';

type Variant = 'primary' | 'secondary' | 'danger';

function classes(variant: Variant, small?: boolean, extra?: string) {
  return ['button', variant !== 'primary' && `button--${variant}`, small && 'button--small', extra].filter(Boolean).join(' ');
}

export function Button({
  variant = 'primary',
  small,
  className,
  type = 'button',
  ...props
}: ComponentPropsWithRef<'button'> & { variant?: Variant; small?: boolean }) {
  return <button type={type} className={classes(variant, small, className)} {...props} />;
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant = 'primary', small, className, ...props }: LinkProps & { variant?: Variant; small?: boolean }) {
  return <Link className={classes(variant, small, className)} {...props} />;
}
