const styles = {
  primary: "bg-stone-900 text-white hover:bg-stone-700 disabled:bg-stone-400",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100 disabled:text-stone-400",
  danger: "bg-rose-800 text-white hover:bg-rose-700 disabled:bg-rose-300",
} as const;

export function buttonClass(variant: keyof typeof styles = "primary"): string {
  return `inline-flex items-center justify-center rounded px-3 py-1.5 text-sm font-medium ${styles[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles }) {
  return <button type="button" {...props} className={`${buttonClass(variant)} ${className}`} />;
}
